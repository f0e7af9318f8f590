package org.healthcode.status.api;

import org.eclipse.microprofile.graphql.Description;

/** Whether an appeal against a colour still waits for a reviewer. */
@Description("Whether an appeal against a colour still waits for a reviewer.")
public enum AppealState {
  @Description("Waiting for a reviewer.")
  OPEN,
  @Description("Answered by a reviewer.")
  ANSWERED
}
