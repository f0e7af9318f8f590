package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/** Whom the person was in contact with, if anyone: a confirmed or a suspected case. */
@Description(
    "Whom the person was in contact with in the last 14 days, if anyone: a confirmed or a"
        + " suspected case.")
public enum CaseContactKind {
  @Description("No contact with a confirmed or suspected case.")
  NONE,
  @Description("Contact with a confirmed case.")
  CONFIRMED,
  @Description("Contact with a suspected case.")
  SUSPECTED
}
