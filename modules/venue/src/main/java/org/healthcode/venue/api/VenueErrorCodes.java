package org.healthcode.venue.api;

/** Error codes of the venue module; part of the API contract like the platform's ErrorCodes. */
public final class VenueErrorCodes {

  /**
   * A measured temperature outside 34.0–43.0 °C or with more than two decimals: a misreading (a
   * thermometer pointed at a wall, a typing slip), so the person is measured again rather than
   * judged on it.
   */
  public static final String INVALID_TEMPERATURE = "INVALID_TEMPERATURE";

  /** A venue code that is malformed, forged, tampered with or signed with an unknown key. */
  public static final String VENUE_CODE_INVALID = "VENUE_CODE_INVALID";

  /**
   * A genuine venue code that is no longer current (its rotation window is over, or it is a static
   * code of an entry point whose codes now rotate); the citizen scans the code on site again.
   */
  public static final String VENUE_CODE_EXPIRED = "VENUE_CODE_EXPIRED";

  /**
   * A scan id already used at this entry point for a different person or temperature: a device that
   * reuses its ids; the first scan's answer is not given for someone else.
   */
  public static final String SCAN_ID_REUSED = "SCAN_ID_REUSED";

  /**
   * The device's credential is revoked (or unknown): its token no longer scans; the operator issues
   * the device a new credential.
   */
  public static final String DEVICE_REVOKED = "DEVICE_REVOKED";

  /**
   * A scan the server could not make durable in time (the database is slow or unreachable): it may
   * or may not be recorded, so the device sends it again with the same scan id and gets the answer
   * of the one that counts.
   */
  public static final String SCAN_NOT_RECORDED = "SCAN_NOT_RECORDED";

  /** An upload of more offline scans than one batch may hold (500; docs/adr/0033). */
  public static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";

  /**
   * An upload of offline scans from a device that has registered no key to check them with
   * (registerOfflineDeviceKey first; docs/adr/0033).
   */
  public static final String DEVICE_KEY_MISSING = "DEVICE_KEY_MISSING";

  private VenueErrorCodes() {}
}
