package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.api.EntryPointDetails;
import org.healthcode.venue.api.NewVenue;
import org.healthcode.venue.api.VenueDetails;

/** Venues, each run by one operator, and their entry points. */
public interface Venues {

  /** Registers the venue for the operator; returns it with its id and no entry points. */
  VenueDetails add(NewVenue venue, String operator, Instant createdAt);

  /** The venue if the operator runs it; empty for another operator's venue and unknown ids. */
  Optional<VenueDetails> findOwned(long venueId, String operator);

  /** Adds an entry point to the venue; returns it with its id. */
  EntryPointDetails addEntryPoint(long venueId, String label, Instant createdAt);

  /** The entry point by its id. */
  Optional<EntryPointDetails> findEntryPoint(long entryPointId);

  /** The entry point if the operator runs its venue; empty otherwise. */
  Optional<EntryPointDetails> findOwnedEntryPoint(long entryPointId, String operator);

  /** Where the entry point is: its venue, category and district. */
  Optional<EntryPointPlace> placeOf(EntryPointId entryPoint);

  /** The operator's venues by id after the given one, each with its entry points. */
  List<VenueDetails> pageOwned(String operator, Long afterId, int limit);
}
