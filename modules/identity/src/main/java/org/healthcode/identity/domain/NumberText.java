package org.healthcode.identity.domain;

/**
 * Checks every document number shares. A number is taken exactly as sent: nothing is trimmed or
 * upcased, so that what is stored is what the document says and one document cannot be registered
 * twice under two spellings.
 */
final class NumberText {

  private static final String AS_PRINTED =
      "send it exactly as printed on the document: it is not trimmed or changed for you";

  private NumberText() {}

  /** The number is present, has no whitespace and no lower-case letter. */
  static void requireAsPrinted(String text, String what) {
    if (text == null || text.isEmpty()) {
      throw new InvalidDocumentException(what + " is missing");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw new InvalidDocumentException(
            what + " contains whitespace at position " + (i + 1) + "; " + AS_PRINTED);
      }
      if (c >= 'a' && c <= 'z') {
        throw new InvalidDocumentException(
            what
                + " contains the lower-case letter "
                + describe(c)
                + " at position "
                + (i + 1)
                + "; letters are upper case; "
                + AS_PRINTED);
      }
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpperCaseLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The first character from {@code from} that is not an ASCII digit, as a refusal. */
  static void requireDigits(String text, int from, int to, String what) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        throw new InvalidDocumentException(
            what + " has " + describe(c) + " at position " + (i + 1) + ", expected a digit");
      }
    }
  }

  /** A character quoted for a message, or its code point where it would not print. */
  static String describe(char c) {
    return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
