package org.healthcode.venue.graphql;

import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.i18n.Language;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.CheckInAnswer;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.domain.GateMessages;

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
    @NonNull @Description("What the guard reads, in the caller's language (Accept-Language).")
        String message) {

  static PersonCheckInView of(CheckInAnswer.PersonCheckIn person) {
    return new PersonCheckInView(
        person.personId(),
        person.maskedName(),
        person.answer().outcome(),
        person.answer().reason(),
        person.answer().colour(),
        GateMessages.of(
            Language.current(),
            person.answer().reason(),
            Optional.ofNullable(person.answer().colour()),
            person.answer().temperature(),
            person.answer().fever()));
  }
}
