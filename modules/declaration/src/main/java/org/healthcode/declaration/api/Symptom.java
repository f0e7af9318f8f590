package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** The symptoms a declaration asks about for the last 14 days (DESIGN §3). */
@Description("A symptom a declaration asks about for the last 14 days.")
public enum Symptom {
  @Description("Fever")
  FEVER("Fever"),
  @Description("Cough")
  COUGH("Cough"),
  @Description("Fatigue")
  FATIGUE("Fatigue"),
  @Description("Sore throat")
  SORE_THROAT("Sore throat"),
  @Description("Shortness of breath")
  SHORTNESS_OF_BREATH("Shortness of breath"),
  @Description("Diarrhoea")
  DIARRHOEA("Diarrhoea"),
  @Description("Loss of taste or smell")
  LOSS_OF_TASTE_OR_SMELL("Loss of taste or smell");

  private final String description;

  Symptom(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
