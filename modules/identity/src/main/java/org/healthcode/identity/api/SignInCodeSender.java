package org.healthcode.identity.api;

import java.time.Duration;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.security.DeliverySpi;

/**
 * Delivers a citizen's one-time sign-in code to their phone (docs/adr/0026). The default is the
 * HTTP SMS gateway configured by {@code HEALTHCODE_SMS_GATEWAY_URL} and its companions (README,
 * Configuration); a deployment may instead provide a CDI bean that is an {@code @Alternative} with
 * a {@code @Priority}. Codes reach it from the outbox, after the transaction that stored them, with
 * retries and back-off; it is called at least once per code, usually exactly once. A delivery port
 * of this module, not an operation for other modules (docs/adr/0044).
 */
@DeliverySpi
public interface SignInCodeSender {

  /**
   * One code to send.
   *
   * @param reference the outbox entry's id: the same for every attempt at this message
   * @param phone the normalised phone number: 11 digits for a mainland mobile, else + and digits
   * @param code the 6-digit code
   * @param language the language the citizen asked in
   * @param validFor how long the code is valid, for the text
   */
  record Message(long reference, String phone, String code, Language language, Duration validFor) {
    @Override
    public String toString() {
      return "Message[" + reference + "]";
    }
  }

  /**
   * Whether this sender is set up to send; without one, production mode cannot sign citizens in.
   */
  boolean available();

  /**
   * Hands the message over.
   *
   * @throws org.healthcode.platform.delivery.DeliveryFailure when it was not handed over: retried
   *     later if retryable, else failed for good
   */
  void send(Message message);
}
