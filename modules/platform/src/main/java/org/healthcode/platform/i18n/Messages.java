package org.healthcode.platform.i18n;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one module in every {@link Language}, from its resource bundles {@code
 * <baseName>_en.properties} and {@code <baseName>_zh_CN.properties} (UTF-8). Placeholders are
 * named, {@code {colour}}, and filled from a map, so translators may reorder them freely and
 * apostrophes need no escaping. Every key exists in both languages (BundleParityTest); a missing
 * one is a bug and fails loudly.
 *
 * <p>Times people read are in the city's time zone (Asia/Shanghai), never UTC instants.
 */
public final class Messages {

  /** The city's time zone: every date and time a person reads is in it. */
  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private static final Map<Language, DateTimeFormatter> DATE_TIMES =
      new EnumMap<>(
          Map.of(
              Language.ZH_CN, DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"),
              Language.EN, DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Language.EN.locale())));

  private static final Map<Language, DateTimeFormatter> DATES =
      new EnumMap<>(
          Map.of(
              Language.ZH_CN, DateTimeFormatter.ofPattern("yyyy年M月d日"),
              Language.EN, DateTimeFormatter.ofPattern("d MMM yyyy", Language.EN.locale())));

  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

  private Messages(String baseName, ClassLoader loader) {
    for (Language language : Language.values()) {
      bundles.put(
          language,
          ResourceBundle.getBundle(
              baseName,
              language.locale(),
              loader,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  /** The bundles named {@code baseName}, found through {@code anchor}'s class loader. */
  public static Messages of(String baseName, Class<?> anchor) {
    return new Messages(baseName, anchor.getClassLoader());
  }

  /** The text for {@code key} in the current request's language. */
  public String text(String key) {
    return text(Language.current(), key, Map.of());
  }

  /** The text for {@code key} in the current request's language, placeholders filled. */
  public String text(String key, Map<String, ?> args) {
    return text(Language.current(), key, args);
  }

  public String text(Language language, String key, Map<String, ?> args) {
    return find(language, key, args)
        .orElseThrow(() -> new MissingResourceException(key, "Messages", key));
  }

  /** The text, or empty where the bundle has no such key (for optional, more specific keys). */
  public Optional<String> find(Language language, String key, Map<String, ?> args) {
    ResourceBundle bundle = bundles.get(language);
    if (!bundle.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.of(fill(bundle.getString(key), args));
  }

  static String fill(String pattern, Map<String, ?> args) {
    if (args.isEmpty() || pattern.indexOf('{') < 0) {
      return pattern;
    }
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    while (matcher.find()) {
      Object value = args.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** A moment as a person in the city reads it, e.g. 2026年12月11日 22:06 or 11 Dec 2026, 22:06. */
  public static String dateTime(Language language, Instant instant) {
    return DATE_TIMES.get(language).format(instant.atZone(CITY_ZONE));
  }

  /** A day as a person reads it. */
  public static String date(Language language, LocalDate date) {
    return DATES.get(language).format(date);
  }

  /** A temperature as a person reads it: 37.3 °C, at least one decimal. */
  public static String degrees(BigDecimal temperature) {
    BigDecimal stripped = temperature.stripTrailingZeros();
    return stripped.setScale(Math.max(1, stripped.scale())).toPlainString() + " °C";
  }
}
