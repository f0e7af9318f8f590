package org.healthcode.identity.domain.protection;

/**
 * How personal data looks when it leaves the server (DESIGN §2): enough to recognise one's own, too
 * little to identify anyone. Every hidden character becomes one {@code *}, so the length shows;
 * characters are counted as code points, so a rare character outside the Basic Multilingual Plane
 * (such as 𠀀) is kept or hidden whole, never split.
 *
 * <p>Surrounding whitespace is dropped. A {@code null} value masks to {@code null} (nothing is
 * held) and a blank one to {@code ""}.
 */
public final class Masking {

  private static final int RESIDENT_ID_LENGTH = 18;
  private static final int MAINLAND_MOBILE_LENGTH = 11;

  private Masking() {}

  /**
   * 18 characters and more (resident ID, HMT residence permit, new permanent residence ID): the
   * first 6 (the region) and the last 4, {@code 120101********123X}. Shorter documents show at most
   * half their characters and never more than 6: the first one (two from 12 characters on) and the
   * rest at the end, so 15 characters show 2 + 4, 9 show 1 + 3 ({@code H*****678}), 8 show 1 + 3.
   * Under 4 characters nothing shows.
   */
  public static String documentNumber(String number) {
    if (number == null) {
      return null;
    }
    int[] characters = number.strip().codePoints().toArray();
    int length = characters.length;
    if (length >= RESIDENT_ID_LENGTH) {
      return keepEnds(characters, 6, 4);
    }
    if (length < 4) {
      return keepEnds(characters, 0, 0);
    }
    int shown = Math.min(6, length / 2);
    int first = shown == 6 ? 2 : 1;
    return keepEnds(characters, first, shown - first);
  }

  /**
   * A mainland mobile number (11 digits) shows its first 3 and last 4, {@code 138****5678}; any
   * other number of 8 characters or more shows its last 4, a shorter one nothing.
   */
  public static String phoneNumber(String number) {
    if (number == null) {
      return null;
    }
    int[] characters = number.strip().codePoints().toArray();
    int length = characters.length;
    if (length == MAINLAND_MOBILE_LENGTH && allDigits(characters)) {
      return keepEnds(characters, 3, 4);
    }
    return keepEnds(characters, 0, length >= 8 ? 4 : 0);
  }

  /**
   * A name with a Chinese character keeps its first and last character: {@code 张*明}, {@code 欧**明};
   * two characters keep the first, {@code 张*}; one keeps nothing. Other names keep the first letter
   * of each word: {@code J*** S****}.
   */
  public static String name(String name) {
    if (name == null) {
      return null;
    }
    String stripped = name.strip();
    int[] characters = stripped.codePoints().toArray();
    if (!stripped.codePoints().anyMatch(Masking::isHan)) {
      return keepFirstOfEachWord(characters);
    }
    return switch (characters.length) {
      case 1 -> keepEnds(characters, 0, 0);
      case 2 -> keepEnds(characters, 1, 0);
      default -> keepEnds(characters, 1, 1);
    };
  }

  private static String keepEnds(int[] characters, int first, int last) {
    StringBuilder masked = new StringBuilder(characters.length + 4);
    for (int i = 0; i < characters.length; i++) {
      boolean shown = i < first || i >= characters.length - last;
      masked.appendCodePoint(shown ? characters[i] : '*');
    }
    return masked.toString();
  }

  private static String keepFirstOfEachWord(int[] characters) {
    StringBuilder masked = new StringBuilder(characters.length);
    boolean wordStart = true;
    for (int character : characters) {
      if (Character.isWhitespace(character)) {
        masked.appendCodePoint(character);
        wordStart = true;
      } else {
        masked.appendCodePoint(wordStart ? character : '*');
        wordStart = false;
      }
    }
    return masked.toString();
  }

  private static boolean allDigits(int[] characters) {
    for (int character : characters) {
      if (character < '0' || character > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(int character) {
    return Character.UnicodeScript.of(character) == Character.UnicodeScript.HAN;
  }
}
