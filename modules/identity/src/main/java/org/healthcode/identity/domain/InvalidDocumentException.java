package org.healthcode.identity.domain;

import org.healthcode.platform.error.HealthCodeException;

/**
 * An identity document refused by its format rules; the message says what is wrong, and {@code
 * extensions.field} which input field of the person it concerns (the number, unless the message is
 * about the issuing country, the type, the birth date or the sex), so a form shows it there.
 */
public class InvalidDocumentException extends HealthCodeException {

  public InvalidDocumentException(String message) {
    super(IdentityErrorCodes.INVALID_DOCUMENT, fieldOf(message), message);
  }

  private static String fieldOf(String message) {
    if (message.startsWith("the birth date")) {
      return "dateOfBirth";
    }
    if (message.startsWith("the sex")) {
      return "sex";
    }
    if (message.contains("issuing country")) {
      return "issuingCountry";
    }
    if (message.startsWith("document type")) {
      return "documentType";
    }
    return "documentNumber";
  }
}
