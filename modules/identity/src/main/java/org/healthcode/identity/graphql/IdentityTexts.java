package org.healthcode.identity.graphql;

import org.healthcode.platform.i18n.Messages;

/**
 * The identity module's texts in the caller's language (resources org/healthcode/identity/i18n).
 */
final class IdentityTexts {

  static final Messages MESSAGES =
      Messages.of("org.healthcode.identity.i18n.messages", IdentityTexts.class);

  private IdentityTexts() {}
}
