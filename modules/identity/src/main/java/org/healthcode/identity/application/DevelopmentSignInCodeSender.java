package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.healthcode.identity.api.SignInCodeSender;
import org.healthcode.identity.domain.IdentityErrorCodes;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.error.HealthCodeException;

/**
 * Development mode's record of sign-in codes (DESIGN §2): writes the code to the server log and
 * keeps the latest code per phone for the development query. Codes are moreover sent through the
 * {@link SignInCodeSender} when one is available (an SMS gateway configured), in development too,
 * so a gateway can be tried out. In production mode only the sender delivers codes; without one,
 * citizen sign-in answers SIGN_IN_UNAVAILABLE (the server still starts, because staff and devices
 * sign in without it). The memory it keeps is one node's and is used only in development, where
 * there is one node.
 */
@ApplicationScoped
public class DevelopmentSignInCodeSender {

  private static final Logger LOG = Logger.getLogger(DevelopmentSignInCodeSender.class.getName());

  @Inject RuntimeMode mode;

  private final Map<String, String> latestCodes = new ConcurrentHashMap<>();

  void warnOnStartup(@Observes Startup startup, SignInCodeSender sender) {
    if (!mode.isDevelopment() && !sender.available()) {
      LOG.severe(
          "No SMS gateway is configured: citizens cannot sign in in production mode until one is"
              + " (HEALTHCODE_SMS_GATEWAY_URL, README Configuration)");
    }
  }

  /** Records the code, in development mode only (SIGN_IN_UNAVAILABLE otherwise). */
  public void record(String phone, String code) {
    if (!mode.isDevelopment()) {
      throw new HealthCodeException(
          IdentityErrorCodes.SIGN_IN_UNAVAILABLE, "Sign-in codes cannot be sent at the moment");
    }
    latestCodes.put(phone, code);
    LOG.info(() -> "Development sign-in code for " + phone + ": " + code);
  }

  /** The latest code sent to the phone; development mode only. */
  public Optional<String> latestCode(String phone) {
    if (!mode.isDevelopment()) {
      return Optional.empty();
    }
    return Optional.ofNullable(latestCodes.get(phone));
  }
}
