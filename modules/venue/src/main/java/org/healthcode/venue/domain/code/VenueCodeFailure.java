package org.healthcode.venue.domain.code;

import org.healthcode.venue.api.VenueErrorCodes;

/** Why a venue code was not accepted; each maps to the error code a client sees. */
public enum VenueCodeFailure {
  /** Malformed, forged, tampered with, of an unknown version, or signed with an unknown key. */
  VENUE_CODE_INVALID(VenueErrorCodes.VENUE_CODE_INVALID),
  /** Genuine but no longer current. */
  VENUE_CODE_EXPIRED(VenueErrorCodes.VENUE_CODE_EXPIRED);

  private final String errorCode;

  VenueCodeFailure(String errorCode) {
    this.errorCode = errorCode;
  }

  public String errorCode() {
    return errorCode;
  }
}
