package org.healthcode.identity.domain;

/** Error codes of the identity module; part of the API contract like the platform's ErrorCodes. */
public final class IdentityErrorCodes {

  /** An identity document number, its issuing country or its derived data is refused. */
  public static final String INVALID_DOCUMENT = "INVALID_DOCUMENT";

  private IdentityErrorCodes() {}

  /**
   * A sign-in with an unknown username, a wrong password or secret, a disabled account or a revoked
   * credential: deliberately one code, so the answer does not tell which.
   */
  public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";

  /** Too many failed sign-ins for one username lately; try again later. */
  public static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";
}
