package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.CheckInAnswer;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;

@Type("PersonCheckIn")
@Description(
    "One person's check-in as the guard sees it on the phone; nobody measured a temperature, so"
        + " a green code is admitted once the guard's measurement is normal.")
public record PersonCheckInView(
    @NonNull @Id @Description("The person.") String personId,
    @Description("The person's masked name.") String maskedName,
    @NonNull @Description("Admit, deny or refer.") GateOutcome outcome,
    @NonNull @Description("Why.") GateReason reason,
    @Description("The current colour; null when the person has no code yet.") Colour colour,
    @NonNull @Description("What the guard reads.") String message) {

  static PersonCheckInView of(CheckInAnswer.PersonCheckIn person) {
    return new PersonCheckInView(
        person.personId(),
        person.maskedName(),
        person.answer().outcome(),
        person.answer().reason(),
        person.answer().colour(),
        person.answer().message());
  }
}
