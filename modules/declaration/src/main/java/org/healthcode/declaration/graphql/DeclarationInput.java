package org.healthcode.declaration.graphql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.Symptom;

@Input("DeclarationInput")
@Description("A health declaration for the caller's own person or a dependent (DESIGN §3).")
public record DeclarationInput(
    @NonNull @Id @Description("The person declaring: the caller's own or a dependent.")
        String personId,
    @NonNull @Description("Where the person is now.") LocationInput location,
    @Description("Symptoms in the last 14 days; omit or leave empty for none.")
        Set<Symptom> symptoms,
    @NonNull @Description("Body temperature in °C, 34.0 to 43.0, at most one decimal.")
        BigDecimal temperature,
    @Description("Stays in the last 14 days, at most 30; omit for none.") List<StayInput> stays,
    @NonNull @Description("Contact with a case in the last 14 days.") CaseContactInput caseContact,
    @NonNull @Description("Whether the person is a case themselves, as they know it.")
        CaseStatus caseStatus,
    @NonNull @Description("Whether the person is under medical observation now.")
        boolean underMedicalObservation,
    @Description("For people entering the city; omit otherwise.") ArrivalInput arrival) {

  DeclarationForm toForm() {
    return new DeclarationForm(
        location == null ? null : location.toLocation(),
        symptoms,
        temperature,
        stays == null ? null : stays.stream().map(StayInput::toStay).toList(),
        caseContact == null ? null : caseContact.toCaseContact(),
        caseStatus,
        underMedicalObservation,
        arrival == null ? null : arrival.toArrival());
  }
}
