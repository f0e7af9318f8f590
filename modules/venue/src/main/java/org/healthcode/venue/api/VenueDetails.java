package org.healthcode.venue.api;

import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.District;

/** A venue with its entry points (oldest first). */
public record VenueDetails(
    long id,
    String name,
    VenueCategory category,
    District district,
    String address,
    String operator,
    Instant createdAt,
    List<EntryPointDetails> entryPoints) {}
