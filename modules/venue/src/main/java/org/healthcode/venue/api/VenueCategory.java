package org.healthcode.venue.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * The kinds of place that check the code (DESIGN §5). Medical institutions admit every colour
 * (fever clinics must see the sick) and record it; every other category applies the colour policy.
 */
@Description(
    "A kind of place that checks the health code. Medical institutions admit every colour and"
        + " record it; every other category applies the colour policy.")
public enum VenueCategory {
  @Description("A residential community (compound).")
  COMMUNITY,
  @Description("A company or other workplace.")
  ENTERPRISE,
  @Description("An airport.")
  AIRPORT,
  @Description("A railway station.")
  RAILWAY_STATION,
  @Description("A long-distance coach station.")
  COACH_STATION,
  @Description("A farmers' market.")
  FARMERS_MARKET,
  @Description("A supermarket.")
  SUPERMARKET,
  @Description("A shopping mall.")
  SHOPPING_MALL,
  @Description("A subway (metro) station or train.")
  SUBWAY,
  @Description("A city bus.")
  BUS,
  @Description("A long-distance bus.")
  LONG_DISTANCE_BUS,
  @Description("A taxi.")
  TAXI,
  @Description("A ride-hailing car.")
  RIDE_HAILING,
  @Description("A hospital, clinic or fever clinic: admits every colour and records it.")
  MEDICAL_INSTITUTION,
  @Description("Any other place where people gather.")
  OTHER;

  public boolean admitsEveryColour() {
    return this == MEDICAL_INSTITUTION;
  }
}
