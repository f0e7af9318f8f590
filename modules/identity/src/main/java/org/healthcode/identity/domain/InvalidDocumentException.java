package org.healthcode.identity.domain;

import org.healthcode.platform.error.HealthCodeException;

/** An identity document refused by its format rules; the message says what is wrong. */
public class InvalidDocumentException extends HealthCodeException {

  public InvalidDocumentException(String message) {
    super(IdentityErrorCodes.INVALID_DOCUMENT, message);
  }
}
