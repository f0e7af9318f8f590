package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** Whether the person declaring is themselves a case, as they know it. */
@Description("Whether the person declaring is themselves a case, as they know it.")
public enum CaseStatus {
  @Description("Not a confirmed or suspected case.")
  NONE,
  @Description("A suspected case.")
  SUSPECTED,
  @Description("A confirmed case.")
  CONFIRMED
}
