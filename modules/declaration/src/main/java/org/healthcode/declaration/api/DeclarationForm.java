package org.healthcode.declaration.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a person declares (DESIGN §3), before it is checked. Absent collections mean "none"; {@code
 * arrival} is null for someone not entering the city. The domain refuses incomplete or implausible
 * answers field by field.
 */
public record DeclarationForm(
    CurrentLocation location,
    Set<Symptom> symptoms,
    BigDecimal temperature,
    List<Stay> stays,
    CaseContact caseContact,
    CaseStatus caseStatus,
    boolean underMedicalObservation,
    Arrival arrival) {

  public DeclarationForm {
    symptoms =
        symptoms == null || symptoms.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Symptom.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(symptoms));
    // a copy that keeps null elements, so that validation can name them
    stays = stays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(stays));
  }

  public boolean isArriving() {
    return arrival != null;
  }
}
