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
 * The default sender (DESIGN §2): in development mode it writes the code to the server log and
 * keeps the latest code per phone for the development query. In production mode it refuses to send,
 * so citizen sign-in answers SIGN_IN_UNAVAILABLE until a real sender is deployed; the server still
 * starts, because staff and devices sign in without it. The memory it keeps is one node's and is
 * used only in development, where there is one node.
 */
@ApplicationScoped
public class DevelopmentSignInCodeSender implements SignInCodeSender {

  private static final Logger LOG = Logger.getLogger(DevelopmentSignInCodeSender.class.getName());

  @Inject RuntimeMode mode;

  private final Map<String, String> latestCodes = new ConcurrentHashMap<>();

  void warnOnStartup(@Observes Startup startup, SignInCodeSender activeSender) {
    if (!mode.isDevelopment()
        && activeSender.getClass().getName().startsWith(getClass().getName())) {
      LOG.severe(
          "No SignInCodeSender is deployed: citizens cannot sign in in production mode until one"
              + " is (an @Alternative @Priority bean implementing SignInCodeSender)");
    }
  }

  @Override
  public void send(String phone, String code) {
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
