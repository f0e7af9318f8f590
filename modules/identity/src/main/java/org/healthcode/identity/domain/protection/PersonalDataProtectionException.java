package org.healthcode.identity.domain.protection;

/**
 * Personal data could not be protected or recovered: bad key configuration, an unknown key id, or
 * stored data that fails authentication. It is a fault on our side, never the caller's, so it
 * reaches a client only as an internal error. Messages name key ids and contexts, never key
 * material or plain values.
 */
public class PersonalDataProtectionException extends RuntimeException {

  public PersonalDataProtectionException(String message) {
    super(message);
  }

  public PersonalDataProtectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
