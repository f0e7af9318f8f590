package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** Whether a review queue item still waits for a reviewer. */
@Description("Whether a review queue item still waits for a reviewer.")
public enum ReviewItemStatus {
  @Description("Waiting for a reviewer's decision.")
  OPEN,
  @Description("A reviewer has decided; the outcome is recorded.")
  DECIDED
}
