package org.healthcode.declaration.api;

/** Whether the person declaring is themselves a case, as they know it. */
public enum CaseStatus {
  NONE,
  SUSPECTED,
  CONFIRMED
}
