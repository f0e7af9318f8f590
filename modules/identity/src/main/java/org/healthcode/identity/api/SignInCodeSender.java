package org.healthcode.identity.api;

/**
 * Delivers a citizen's one-time sign-in code to their phone, e.g. through an SMS gateway. A
 * deployment provides one as a CDI bean that is an {@code @Alternative} with a {@code @Priority};
 * without one, the development sender is used, which only works in development mode.
 */
public interface SignInCodeSender {

  /**
   * @param phone the normalised phone number: 11 digits for a mainland mobile, else + and digits
   * @param code the 6-digit code
   */
  void send(String phone, String code);
}
