package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** The symptoms a declaration asks about for the last 14 days (DESIGN §3). */
@Description("A symptom a declaration asks about for the last 14 days.")
public enum Symptom {
  @Description("Fever")
  FEVER,
  @Description("Cough")
  COUGH,
  @Description("Fatigue")
  FATIGUE,
  @Description("Sore throat")
  SORE_THROAT,
  @Description("Shortness of breath")
  SHORTNESS_OF_BREATH,
  @Description("Diarrhoea")
  DIARRHOEA,
  @Description("Loss of taste or smell")
  LOSS_OF_TASTE_OR_SMELL;
}
