package org.healthcode.status.api;

/** Why a scanned code is not accepted; each is the error code of the same name. */
public enum CodeFailure {
  /** Malformed, forged, tampered with, signed with an unknown key, or an unknown code id. */
  TOKEN_INVALID,
  /** Genuine but past its expiry: the app shows a fresh one. */
  TOKEN_EXPIRED,
  /** Genuine, but its code id has been revoked (a lost or replaced paper code). */
  CODE_REVOKED,
  /** Another city's code whose issuer or key is not on the trust list (docs/adr/0032). */
  ISSUER_UNTRUSTED,
  /** Another city's code signed with a trusted key outside its validity (docs/adr/0032). */
  ISSUER_KEY_EXPIRED;

  /** The error code clients see, from {@link StatusErrorCodes}. */
  public String errorCode() {
    return name();
  }
}
