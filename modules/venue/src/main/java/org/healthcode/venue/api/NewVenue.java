package org.healthcode.venue.api;

import org.healthcode.identity.api.HomeDistrict;

/** A venue to register, as the operator entered it. */
public record NewVenue(
    String name, VenueCategory category, HomeDistrict district, String address) {}
