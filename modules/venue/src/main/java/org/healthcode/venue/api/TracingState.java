package org.healthcode.venue.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a contact-tracing job is (docs/adr/0043).")
public enum TracingState {
  @Description("Recorded; its contacts are not found yet.")
  QUEUED,
  @Description("Contacts found; their exposures are being applied (applied counts up).")
  APPLYING,
  @Description("Every exposure applied; the counts are final.")
  DONE
}
