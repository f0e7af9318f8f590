package org.healthcode.venue.api;

/**
 * The kinds of place that check the code (DESIGN §5). Medical institutions admit every colour
 * (fever clinics must see the sick) and record it; every other category applies the colour policy.
 */
public enum VenueCategory {
  COMMUNITY,
  ENTERPRISE,
  AIRPORT,
  RAILWAY_STATION,
  COACH_STATION,
  FARMERS_MARKET,
  SUPERMARKET,
  SHOPPING_MALL,
  SUBWAY,
  BUS,
  LONG_DISTANCE_BUS,
  TAXI,
  RIDE_HAILING,
  MEDICAL_INSTITUTION,
  OTHER;

  public boolean admitsEveryColour() {
    return this == MEDICAL_INSTITUTION;
  }
}
