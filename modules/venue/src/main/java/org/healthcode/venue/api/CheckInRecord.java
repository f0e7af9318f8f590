package org.healthcode.venue.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.healthcode.declaration.api.District;
import org.healthcode.status.api.Colour;

/**
 * One of a person's own check-ins, as they may see it (DESIGN §8: a person can see everything held
 * about them).
 *
 * @param colour the colour decided on; null when the person had no code
 * @param temperature null for a check-in by venue code
 */
public record CheckInRecord(
    long id,
    Instant at,
    String venueName,
    String entryPointLabel,
    VenueCategory category,
    District district,
    CheckInMethod method,
    GateOutcome outcome,
    GateReason reason,
    Colour colour,
    BigDecimal temperature) {}
