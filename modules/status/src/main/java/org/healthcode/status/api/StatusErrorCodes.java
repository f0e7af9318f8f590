package org.healthcode.status.api;

/**
 * Error codes of the status module; part of the API contract like the platform's ErrorCodes, and
 * public because the venue module's scan answers with the token codes.
 */
public final class StatusErrorCodes {

  /** The cause given cannot make this change (for example a timer or a declaration as decision). */
  public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

  /** A manual change lacks the approval of a second person, or was approved by its proposer. */
  public static final String DUAL_CONTROL_REQUIRED = "DUAL_CONTROL_REQUIRED";

  /**
   * A decision would lower a code that changed after the decision was taken; new risk wins, so the
   * decision has to be taken again on the current code.
   */
  public static final String STALE_DECISION = "STALE_DECISION";

  /** A supervisor tried to approve a colour change they proposed themselves. */
  public static final String SELF_APPROVAL_REFUSED = "SELF_APPROVAL_REFUSED";

  /** A proposal or appeal was already decided or answered. */
  public static final String ALREADY_DECIDED = "ALREADY_DECIDED";

  /** The code kept changing under a change, attempt after attempt; the caller may try again. */
  public static final String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";

  /** A code token that is malformed, forged, tampered with or signed with an unknown key. */
  public static final String TOKEN_INVALID = "TOKEN_INVALID";

  /** A genuine code token whose time is over; the app shows a fresh one. */
  public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";

  /** A genuine code token whose code id has been revoked (a lost or replaced paper code). */
  public static final String CODE_REVOKED = "CODE_REVOKED";

  /** A code signed by a city that is not on the trust list (docs/adr/0032). */
  public static final String ISSUER_UNTRUSTED = "ISSUER_UNTRUSTED";

  /** A code signed with a trusted city's key outside that key's validity (docs/adr/0032). */
  public static final String ISSUER_KEY_EXPIRED = "ISSUER_KEY_EXPIRED";

  private StatusErrorCodes() {}
}
