package org.healthcode.identity.domain;

/** Error codes of the identity module; part of the API contract like the platform's ErrorCodes. */
public final class IdentityErrorCodes {

  /** An identity document number, its issuing country or its derived data is refused. */
  public static final String INVALID_DOCUMENT = "INVALID_DOCUMENT";

  /** A person with this document is already registered (to this or another account). */
  public static final String DOCUMENT_ALREADY_REGISTERED = "DOCUMENT_ALREADY_REGISTERED";

  /** The account already holds the most dependents allowed. */
  public static final String TOO_MANY_DEPENDENTS = "TOO_MANY_DEPENDENTS";

  /** The sign-in code is wrong, expired, already used or was never requested. */
  public static final String INVALID_SIGN_IN_CODE = "INVALID_SIGN_IN_CODE";

  /**
   * Too many failed attempts lately: a sign-in code guessed wrong too often (request a new one), or
   * too many failed staff sign-ins for one username (wait 15 minutes).
   */
  public static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";

  /**
   * Staff sign-in failed too often lately from this address or for this username: the attempt was
   * not checked; {@code extensions.retryAfterSeconds} says when the next one will be (ADR 19).
   */
  public static final String SIGN_IN_DELAYED = "SIGN_IN_DELAYED";

  /** Too many sign-in codes were requested for the phone number; wait and try again. */
  public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

  /** No way to deliver sign-in codes is configured on this server (production without a sender). */
  public static final String SIGN_IN_UNAVAILABLE = "SIGN_IN_UNAVAILABLE";

  /**
   * Counter staff registered a person without the reference of the signed paper consent form (or
   * with one too long); {@code extensions.field} is {@code consentReference} (ADR 34).
   */
  public static final String CONSENT_REFERENCE_REQUIRED = "CONSENT_REFERENCE_REQUIRED";

  private IdentityErrorCodes() {}

  /**
   * A sign-in with an unknown username, a wrong password or secret, a disabled account or a revoked
   * credential: deliberately one code, so the answer does not tell which.
   */
  public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
}
