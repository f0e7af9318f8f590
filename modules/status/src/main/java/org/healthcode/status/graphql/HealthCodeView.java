package org.healthcode.status.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.HealthCode;

@Type("HealthCode")
@Description("A person's health code: the current colour, why, since when, and its history.")
public record HealthCodeView(
    @NonNull @Id @Description("The person the code belongs to.") String personId,
    @Description("The current colour; null until the person's first declaration is reviewed.")
        Colour colour,
    @Description("The reason of the last change; null without a colour.") String reason,
    @Description("Since when the code has its colour; null without a colour.") Instant since,
    @Description("When the ORANGE observation ends; null unless ORANGE.") Instant observationEnd,
    @NonNull @Description("How many changes the code has had.") long version) {

  static HealthCodeView of(HealthCode code) {
    return new HealthCodeView(
        String.valueOf(code.person().value()),
        code.colour().orElse(null),
        code.reason().orElse(null),
        code.since().orElse(null),
        code.observationEnd().orElse(null),
        code.version());
  }
}
