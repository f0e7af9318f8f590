package org.healthcode.platform.delivery;

/**
 * A message could not be handed over (SMS gateway, push webhook). {@code retryable}: the outbox
 * tries again later with back-off (gateway down, slow, 5xx, 429); otherwise the gateway refused
 * this message for good (4xx) and it is marked failed at once. The message names the kind of
 * failure only, never the recipient or the text.
 */
public class DeliveryFailure extends RuntimeException {

  private final boolean retryable;
  private final String kind;

  public DeliveryFailure(String kind, boolean retryable, Throwable cause) {
    super(kind, cause);
    this.kind = kind;
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }

  /**
   * A short stable word for the failure state column and the log: TIMEOUT, UNREACHABLE, HTTP_503.
   */
  public String kind() {
    return kind;
  }
}
