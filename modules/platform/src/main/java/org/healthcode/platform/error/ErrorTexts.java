package org.healthcode.platform.error;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;

/**
 * Error messages in the caller's language, chosen at the boundary by the stable error code and the
 * field named ({@code extensions.code}, {@code extensions.field}), so domain code keeps raising
 * {@link HealthCodeException} as it always has (docs/adr/0021).
 *
 * <p>English keeps the message the code was raised with: it says exactly what is wrong. Chinese
 * looks up, in every module's bundle, {@code error.<CODE>.<field>} and then {@code error.<CODE>},
 * and puts the field's label ({@code field.<field>}) in front; a field's indices are left out of
 * the key ({@code stays[1].to} is {@code stays.to}).
 */
public final class ErrorTexts {

  private final List<Messages> bundles;

  public ErrorTexts(List<Messages> bundles) {
    this.bundles = List.copyOf(bundles);
  }

  /** The message to send for an error with {@code code} about {@code field} (may be null). */
  public String message(Language language, String code, String field, String original) {
    if (language == Language.EN && original != null && !original.isBlank()) {
      return original;
    }
    String key = field == null ? null : field.replaceAll("\\[\\d+\\]", "");
    Optional<String> text =
        (key == null ? Optional.<String>empty() : find(language, "error." + code + "." + key))
            .or(() -> find(language, "error." + code));
    if (text.isEmpty()) {
      return original == null ? "" : original;
    }
    Optional<String> label = key == null ? Optional.empty() : label(language, key);
    return label
        .map(l -> find(language, "error.field").orElse("{label}: {text}"))
        .map(pattern -> pattern.replace("{label}", label.get()).replace("{text}", text.get()))
        .orElse(text.get());
  }

  private Optional<String> label(Language language, String key) {
    Optional<String> full = find(language, "field." + key);
    if (full.isPresent() || !key.contains(".")) {
      return full;
    }
    return find(language, "field." + key.substring(key.lastIndexOf('.') + 1));
  }

  private Optional<String> find(Language language, String key) {
    for (Messages bundle : bundles) {
      Optional<String> text = bundle.find(language, key, Map.of());
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }
}
