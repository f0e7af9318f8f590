package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateReason;

/**
 * What the guard reads for a gate decision, in a language: the outcome and what the person should
 * do (resources org/healthcode/venue/i18n, keys {@code gate.*}). The decision's own message is the
 * English one, as recorded; an answer is read in the caller's language.
 */
public final class GateMessages {

  static final Messages MESSAGES =
      Messages.of("org.healthcode.venue.i18n.messages", GateMessages.class);

  private GateMessages() {}

  /** The venue module's texts, for its GraphQL layer. */
  public static Messages messages() {
    return MESSAGES;
  }

  /**
   * @param temperature the temperature as judged; null where nobody measured (a check-in by venue
   *     code)
   */
  public static String of(
      Language language,
      GateReason reason,
      Optional<Colour> colour,
      BigDecimal temperature,
      boolean fever) {
    String key = "gate." + reason.name();
    if (reason == GateReason.MEDICAL_INSTITUTION_RECORDED) {
      key += temperature == null ? ".unmeasured" : fever ? ".fever" : "";
    } else if (reason == GateReason.FEVER && colour.isPresent() && colour.get() != Colour.GREEN) {
      key += ".report";
    }
    String colourText =
        MESSAGES.text(language, "gate.colour." + colour.map(Colour::name).orElse("none"), Map.of());
    return MESSAGES.text(
        language,
        key,
        Map.of(
            "colour",
            colourText,
            "degrees",
            temperature == null ? "" : Messages.degrees(temperature)));
  }
}
