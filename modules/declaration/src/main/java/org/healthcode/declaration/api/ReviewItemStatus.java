package org.healthcode.declaration.api;

/** Whether a review queue item still waits for a reviewer. */
public enum ReviewItemStatus {
  OPEN,
  DECIDED
}
