package org.healthcode.declaration.api;

/** The symptoms a declaration asks about for the last 14 days (DESIGN §3). */
public enum Symptom {
  FEVER("Fever"),
  COUGH("Cough"),
  FATIGUE("Fatigue"),
  SORE_THROAT("Sore throat"),
  SHORTNESS_OF_BREATH("Shortness of breath"),
  DIARRHOEA("Diarrhoea"),
  LOSS_OF_TASTE_OR_SMELL("Loss of taste or smell");

  private final String description;

  Symptom(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
