package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.CheckInAnswer;
import org.healthcode.venue.api.VenueCategory;

@Type("CheckInResult")
@Description("Where the check-in was recorded and what the guard sees for each person.")
public record CheckInResultView(
    @NonNull @Id @Description("The entry point.") String entryPointId,
    @NonNull @Description("The entry point's label, e.g. North gate.") String entryPointLabel,
    @NonNull @Description("The venue's name.") String venueName,
    @NonNull @Description("The venue's category.") VenueCategory category,
    @NonNull @Description("One result a person, in the order asked.")
        List<@NonNull PersonCheckInView> persons) {

  static CheckInResultView of(CheckInAnswer answer) {
    return new CheckInResultView(
        answer.entryPoint().toString(),
        answer.entryPointLabel(),
        answer.venueName(),
        answer.category(),
        answer.persons().stream().map(PersonCheckInView::of).toList());
  }
}
