package org.healthcode.declaration.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.District;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.api.Transport;

@Type("DeclarationAnswers")
@Description("What was declared, as submitted.")
public record DeclarationAnswers(
    @Description("The district of the city; null when outside the city.") District district,
    @NonNull @Description("The current address.") String address,
    @NonNull @Description("Declared symptoms.") List<@NonNull Symptom> symptoms,
    @NonNull @Description("Body temperature in °C.") BigDecimal temperature,
    @NonNull @Description("Declared stays.") List<@NonNull StayView> stays,
    @NonNull @Description("Contact with a case.") CaseContactKind caseContact,
    @Description("The day of the last contact, if any.") LocalDate lastContact,
    @NonNull @Description("Whether the person is a case, as they know it.") CaseStatus caseStatus,
    @NonNull @Description("Whether under medical observation.") boolean underMedicalObservation,
    @Description("For an arrival: the region of origin.") String arrivalOrigin,
    @Description("For an arrival: the day.") LocalDate arrivalDate,
    @Description("For an arrival: how.") Transport arrivalTransport) {

  static DeclarationAnswers of(DeclarationForm form) {
    var arrival = form.arrival();
    return new DeclarationAnswers(
        form.location().district(),
        form.location().address(),
        form.symptoms().stream().toList(),
        form.temperature(),
        form.stays().stream().map(StayView::of).toList(),
        form.caseContact().kind(),
        form.caseContact().lastContact(),
        form.caseStatus(),
        form.underMedicalObservation(),
        arrival == null ? null : arrival.origin(),
        arrival == null ? null : arrival.plannedArrival(),
        arrival == null ? null : arrival.transport());
  }
}
