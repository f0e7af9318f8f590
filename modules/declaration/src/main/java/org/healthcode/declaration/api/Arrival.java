package org.healthcode.declaration.api;

import java.time.LocalDate;

/**
 * For people entering the city: where they come from (a region code as in {@link Stay}), the day
 * they arrive or arrived, and how they travel.
 */
public record Arrival(String origin, LocalDate plannedArrival, Transport transport) {}
