package org.healthcode.status.graphql;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.RuleDescriptions;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.domain.RuleRefs;

/**
 * The status module's texts in the caller's language (resources org/healthcode/status/i18n): what a
 * colour means, why a code changed and what a notification tells, in plain words and city time.
 */
final class StatusTexts {

  static final Messages MESSAGES =
      Messages.of("org.healthcode.status.i18n.messages", StatusTexts.class);

  private StatusTexts() {}

  static String meaning(Colour colour) {
    return MESSAGES.text("meaning." + colour.name());
  }

  /** Why a code changed, in plain words: the cause, and for a declaration the rules that fired. */
  static String explanation(ChangeCause cause, RuleRefs rules) {
    Language language = Language.current();
    if (cause == ChangeCause.DECLARATION && !rules.refs().isEmpty()) {
      String separator = MESSAGES.text(language, "rules.separator", Map.of());
      String described =
          rules.refs().stream()
              .map(
                  ref ->
                      RuleDescriptions.of(language, ref.ruleId(), ref.version())
                          .orElse(ref.ruleId()))
              .collect(Collectors.joining(separator));
      return MESSAGES.text(language, "cause.DECLARATION.rules", Map.of("rules", described));
    }
    return MESSAGES.text(language, "cause." + cause.name(), Map.of());
  }

  /** The notification as the reader reads it; one from before V8 keeps its stored text. */
  static String notification(Notification notification) {
    if (!notification.hasDetails()) {
      return notification.text();
    }
    Language language = Language.current();
    String at = Messages.dateTime(language, notification.createdAt());
    if (Notification.APPEAL_ANSWERED.equals(notification.kind())) {
      return MESSAGES.text(
          language,
          "notification.appealAnswered",
          Map.of(
              "colour", colourName(notification.fromColour()),
              "at", at,
              "answer", notification.note().orElse("")));
    }
    Colour to = notification.toColour().orElseThrow();
    boolean extended = notification.fromColour().equals(Optional.of(to));
    StringBuilder text =
        new StringBuilder(
            MESSAGES.text(
                language,
                extended ? "notification.extended" : "notification.changed",
                Map.of("colour", colourName(Optional.of(to)), "at", at)));
    notification
        .observationEnd()
        .ifPresent(
            end ->
                text.append(' ')
                    .append(
                        MESSAGES.text(
                            language,
                            "notification.observation",
                            Map.of("end", Messages.dateTime(language, end)))));
    notification
        .cause()
        .ifPresent(
            cause ->
                text.append(' ')
                    .append(
                        notification
                            .note()
                            .flatMap(
                                note ->
                                    MESSAGES.find(
                                        language,
                                        "cause." + cause.name() + ".note",
                                        Map.of("note", note)))
                            .orElseGet(() -> explanation(cause, notification.rules()))));
    return language == Language.ZH_CN ? text.toString().replace("。 ", "。") : text.toString();
  }

  private static String colourName(Optional<Colour> colour) {
    return colour.map(c -> MESSAGES.text("colour." + c.name())).orElse("");
  }
}
