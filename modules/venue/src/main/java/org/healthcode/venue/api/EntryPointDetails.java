package org.healthcode.venue.api;

import java.time.Instant;
import org.healthcode.identity.api.EntryPointId;

/** An entry point of a venue. */
public record EntryPointDetails(EntryPointId id, long venueId, String label, Instant createdAt) {}
