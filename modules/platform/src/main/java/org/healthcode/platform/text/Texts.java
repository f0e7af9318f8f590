package org.healthcode.platform.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for text that comes in from outside (issue 19, finding 5; docs/adr/0025): every
 * string is put into Unicode normal form C, and a string is refused when it holds a control
 * character (C0 and C1, NUL included; tab, line feed and carriage return are allowed as
 * whitespace), a bidirectional override, embedding or isolate ({@code U+202A..U+202E}, {@code
 * U+2066..U+2069}, which make a venue name read differently from what it is) or an unpaired
 * surrogate. The GraphQL endpoint normalises every request, and the query guard checks every
 * argument of every operation with {@link #problem}, so no module has to remember to.
 */
public final class Texts {

  /** Why a text was refused; the message names the kind of character, never the text. */
  public enum Problem {
    CONTROL_CHARACTER("contains a control character"),
    BIDI_CONTROL("contains a bidirectional override or isolate"),
    UNPAIRED_SURROGATE("contains an unpaired surrogate"),
    NOT_NORMALISED("is not in Unicode normal form C");

    private final String text;

    Problem(String text) {
      this.text = text;
    }

    /** What is wrong, e.g. "contains a control character". */
    public String text() {
      return text;
    }
  }

  private Texts() {}

  /** The text in Unicode normal form C (null stays null). */
  public static String normalised(String text) {
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** What is wrong with a text, if anything. */
  public static Optional<Problem> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(Problem.UNPAIRED_SURROGATE);
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(Problem.UNPAIRED_SURROGATE);
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(Problem.CONTROL_CHARACTER);
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        return Optional.of(Problem.BIDI_CONTROL);
      }
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return Optional.of(Problem.NOT_NORMALISED);
    }
    return Optional.empty();
  }
}
