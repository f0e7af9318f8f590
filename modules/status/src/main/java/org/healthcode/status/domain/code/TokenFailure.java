package org.healthcode.status.domain.code;

import org.healthcode.status.api.StatusErrorCodes;

/** Why a code token was not accepted; each maps to the error code a client sees. */
public enum TokenFailure {
  /** Malformed, forged, tampered with, of an unknown version, or signed with an unknown key. */
  TOKEN_INVALID(StatusErrorCodes.TOKEN_INVALID),
  /** Genuine but past its expiry. */
  TOKEN_EXPIRED(StatusErrorCodes.TOKEN_EXPIRED);

  private final String errorCode;

  TokenFailure(String errorCode) {
    this.errorCode = errorCode;
  }

  public String errorCode() {
    return errorCode;
  }
}
