package org.healthcode.identity.domain;

/** Error codes of the identity module; part of the API contract like the platform's ErrorCodes. */
public final class IdentityErrorCodes {

  /** An identity document number, its issuing country or its derived data is refused. */
  public static final String INVALID_DOCUMENT = "INVALID_DOCUMENT";

  private IdentityErrorCodes() {}
}
