package org.healthcode.venue.domain.code;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;

/**
 * A venue code this server signed that is current: the citizen is at (or was just now shown the
 * code of) this entry point.
 *
 * @param window the rotation window the code was issued in; 0 for a static code
 * @param validUntil the first instant at which the code no longer verifies; empty for a static one
 * @param keyId the key that signed it
 */
public record VerifiedVenueCode(
    EntryPointId entryPoint, long window, Optional<Instant> validUntil, String keyId)
    implements VenueCodeCheck {

  public VerifiedVenueCode {
    Objects.requireNonNull(entryPoint, "entryPoint");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(keyId, "keyId");
  }
}
