package org.healthcode.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The languages people read Health Code in (DESIGN §9): Chinese (zh-CN), the default, and English.
 * The GraphQL endpoint runs each request {@link #as} the language its {@code Accept-Language}
 * header prefers; work outside a request (jobs, logs) uses {@link #DEFAULT}.
 */
public enum Language {
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  EN("en", Locale.ENGLISH);

  /** What a caller gets who asks for no language or only for ones not offered. */
  public static final Language DEFAULT = ZH_CN;

  private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 tag, as in {@code Content-Language}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The offered language the header prefers most (by q-value, then order): any {@code zh} range
   * gives zh-CN, any {@code en} range English; a header that is absent, malformed or names neither
   * gives the default.
   */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank() || header.length() > 500) {
      return DEFAULT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String primary = range.getRange().split("-", 2)[0];
      if (primary.equals("zh")) {
        return ZH_CN;
      }
      if (primary.equals("en")) {
        return EN;
      }
      if (primary.equals("*")) {
        return DEFAULT;
      }
    }
    return DEFAULT;
  }

  /** Runs {@code work} in {@code language}: the GraphQL endpoint, for each request. */
  public static <T> T as(Language language, Supplier<T> work) {
    Language previous = CURRENT.get();
    CURRENT.set(language);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The language of the current request; the default outside one. */
  public static Language current() {
    Language language = CURRENT.get();
    return language == null ? DEFAULT : language;
  }
}
