package org.healthcode.declaration.api;

import java.util.Map;
import java.util.Optional;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;

/**
 * What a baseline review rule means, in plain words in each language (the declaration module's
 * bundle, keys {@code rule.<id>.v<version>}). Rules a supervisor adds later carry only their own
 * description; for them this is empty.
 */
public final class RuleDescriptions {

  private static final Messages MESSAGES =
      Messages.of("org.healthcode.declaration.i18n.messages", RuleDescriptions.class);

  private RuleDescriptions() {}

  public static Optional<String> of(Language language, String ruleId, int version) {
    return MESSAGES.find(language, "rule." + ruleId + ".v" + version, Map.of());
  }

  /** The module's other texts (symptoms, errors), for its GraphQL layer. */
  public static Messages messages() {
    return MESSAGES;
  }
}
