package org.healthcode.venue.api;

import org.healthcode.declaration.api.District;

/** A venue to register, as the operator entered it. */
public record NewVenue(String name, VenueCategory category, District district, String address) {}
