package org.healthcode.declaration.domain;

import org.healthcode.platform.error.HealthCodeException;

/**
 * Error codes of the declaration module; part of the API contract like the platform's ErrorCodes.
 */
public final class DeclarationErrorCodes {

  /** A declaration is refused; the message names the field, e.g. "stays[1].to: ...". */
  public static final String INVALID_DECLARATION = "INVALID_DECLARATION";

  /** A review rule, or its stored JSON form, is refused; the message names the field. */
  public static final String INVALID_RULE = "INVALID_RULE";

  /** A risk area is refused; the message names the field. */
  public static final String INVALID_RISK_AREA = "INVALID_RISK_AREA";

  /** The person has not consented to the current health-data notice; nothing was stored. */
  public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";

  /** The review queue item was decided already, by this or another reviewer. */
  public static final String ALREADY_DECIDED = "ALREADY_DECIDED";

  private DeclarationErrorCodes() {}

  static HealthCodeException invalidDeclaration(String field, String problem) {
    return new HealthCodeException(INVALID_DECLARATION, field + ": " + problem);
  }

  static HealthCodeException invalidRule(String field, String problem) {
    return new HealthCodeException(INVALID_RULE, field + ": " + problem);
  }

  static HealthCodeException invalidRiskArea(String field, String problem) {
    return new HealthCodeException(INVALID_RISK_AREA, field + ": " + problem);
  }
}
