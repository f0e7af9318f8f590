package org.healthcode.status.domain;

/**
 * A code was changed by someone else between loading and saving it. The caller loads it again and
 * retries: the rules decide afresh on the current code, so no change is lost or applied blindly.
 */
public class ConcurrentUpdateException extends RuntimeException {

  public ConcurrentUpdateException(String message) {
    super(message);
  }

  public ConcurrentUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
