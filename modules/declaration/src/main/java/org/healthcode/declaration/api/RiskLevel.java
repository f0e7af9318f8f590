package org.healthcode.declaration.api;

/** The epidemic risk level of an area, declared in order from lowest to highest. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
