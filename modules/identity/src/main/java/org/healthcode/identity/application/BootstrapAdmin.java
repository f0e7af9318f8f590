package org.healthcode.identity.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;

/**
 * Creates the first ADMIN at startup, after the migrations, if there is none: from {@code
 * healthcode.identity.bootstrap-admin.username} and {@code .password} (environment {@code
 * HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME} and {@code _PASSWORD}). In development mode without
 * them it creates {@value #DEVELOPMENT_USERNAME} with the password {@value #DEVELOPMENT_PASSWORD};
 * in production without them it creates nothing.
 */
@ApplicationScoped
public class BootstrapAdmin {

  static final String DEVELOPMENT_USERNAME = "admin";

  /** Documented in the README; only ever used in development mode. */
  static final String DEVELOPMENT_PASSWORD = "development-admin-password";

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.identity.bootstrap-admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "healthcode.identity.bootstrap-admin.password")
  Optional<String> password;

  @Inject RuntimeMode mode;

  @Inject StaffAccounts accounts;

  // after Migrations (default priority), which creates the tables
  @ActivateRequestContext
  void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
    if (username.isPresent() != password.isPresent()) {
      throw new IllegalStateException(
          "Set both HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME and _PASSWORD, or neither");
    }
    String name;
    String secret;
    if (username.isPresent()) {
      name = username.get().strip();
      secret = password.get();
    } else if (mode.isDevelopment()) {
      name = DEVELOPMENT_USERNAME;
      secret = DEVELOPMENT_PASSWORD;
    } else {
      if (!accounts.anyAdmin()) {
        LOG.warning(
            "No ADMIN account exists and HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD"
                + " are not set: no one can administer staff accounts until they are");
      }
      return;
    }
    if (create(name, secret) && username.isEmpty()) {
      LOG.warning(
          "Development mode: created the ADMIN account '"
              + name
              + "' with the fixed development password '"
              + DEVELOPMENT_PASSWORD
              + "'. Never use it outside development.");
    }
  }

  private boolean create(String name, String secret) {
    try {
      boolean created = accounts.createFirstAdmin(name, secret);
      if (created) {
        LOG.info("Created the first ADMIN account '" + name + "'");
      }
      return created;
    } catch (RuntimeException e) {
      // another node created it between our check and our insert
      if (accounts.anyAdmin()) {
        LOG.info("The first ADMIN account was created by another node");
        return false;
      }
      throw e;
    }
  }
}
