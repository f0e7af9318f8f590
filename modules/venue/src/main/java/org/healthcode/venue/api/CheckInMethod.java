package org.healthcode.venue.api;

import org.eclipse.microprofile.graphql.Description;

/** How a person came to be recorded at an entry point (DESIGN §5). */
@Description("How a person came to be recorded at an entry point.")
public enum CheckInMethod {
  /** The entry point's device scanned the person's health code and measured them. */
  @Description("The entry point's device scanned the health code and measured the temperature.")
  SCAN,
  /** The original way: the device or an operator recorded a document and a temperature. */
  @Description("The original way: a document and a temperature, recorded by the device or staff.")
  MANUAL_PASS,
  /** The citizen scanned the entry point's venue code in the app, for self or dependents. */
  @Description("The citizen scanned the entry point's venue code in the app.")
  VENUE_CODE
}
