package org.healthcode.venue.domain.code;

import java.util.Objects;

/**
 * The answer of {@link VenueCodes#verify}: a {@link VerifiedVenueCode} or a {@link Rejected} code.
 * Verification never throws on its input, whatever it is.
 */
public sealed interface VenueCodeCheck permits VerifiedVenueCode, VenueCodeCheck.Rejected {

  /** The code was refused, for this reason only: nothing in it is trusted. */
  record Rejected(VenueCodeFailure failure) implements VenueCodeCheck {
    public Rejected {
      Objects.requireNonNull(failure, "failure");
    }
  }
}
