package org.healthcode.declaration.graphql;

import org.healthcode.declaration.api.RuleDescriptions;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;

/**
 * The declaration module's texts in the caller's language (resources
 * org/healthcode/declaration/i18n).
 */
final class DeclarationTexts {

  static final Messages MESSAGES = RuleDescriptions.messages();

  private DeclarationTexts() {}

  /** A baseline rule's meaning in the caller's language; any other rule's own description. */
  static String ruleDescription(String ruleId, int version, String stored) {
    return RuleDescriptions.of(Language.current(), ruleId, version).orElse(stored);
  }
}
