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
  VENUE_CODE,
  /** The device decided without a network and uploaded the scan later (docs/adr/0033). */
  @Description(
      "The device decided offline, on the published keys and its last bundle, and uploaded the"
          + " scan later.")
  OFFLINE_SCAN,
  /** The device scanned another city's code, verified against the trust list (docs/adr/0032). */
  @Description("The device scanned a trusted other city's code, verified by its offline signature.")
  FOREIGN_SCAN
}
