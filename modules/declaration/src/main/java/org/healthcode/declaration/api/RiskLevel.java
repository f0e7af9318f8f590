package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** The epidemic risk level of an area, declared in order from lowest to highest. */
@Description("The epidemic risk level of an area: LOW < MEDIUM < HIGH.")
public enum RiskLevel {
  @Description("Low risk; under the baseline rules a stay there changes no colour.")
  LOW,
  @Description(
      "Medium risk; under the baseline rules a stay there in the last 14 days gives an orange"
          + " code.")
  MEDIUM,
  @Description(
      "High risk; under the baseline rules a stay there in the last 14 days gives an orange"
          + " code, a red one together with fever.")
  HIGH
}
