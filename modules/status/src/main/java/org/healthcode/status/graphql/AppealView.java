package org.healthcode.status.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.AppealState;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.Appeal;

@Type("Appeal")
@Description("A person's appeal against their colour, and the reviewer's answer.")
public record AppealView(
    @NonNull @Id @Description("The appeal's id.") String id,
    @NonNull @Id @Description("The person whose code is contested.") String personId,
    @NonNull @Description("The colour contested.") Colour contestedColour,
    @NonNull @Description("Why the person contests it.") String reason,
    @NonNull @Description("When the appeal was made.") Instant appealedAt,
    @NonNull @Description("Open or answered.") AppealState state,
    @Description("The colour after the answer; null while open.") Colour outcome,
    @Description("The reviewer's answer; null while open.") String answer,
    @Description("When it was answered; null while open.") Instant answeredAt) {

  static AppealView of(Appeal appeal) {
    return new AppealView(
        String.valueOf(appeal.id()),
        String.valueOf(appeal.person().value()),
        appeal.contestedColour(),
        appeal.reason(),
        appeal.appealedAt(),
        appeal.state(),
        appeal.outcome(),
        appeal.answerText(),
        appeal.answeredAt());
  }
}
