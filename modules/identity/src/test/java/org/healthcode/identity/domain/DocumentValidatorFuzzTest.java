package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.healthcode.identity.domain.TestNumbers.VALIDATOR;
import static org.healthcode.identity.domain.TestNumbers.withCheck;

import java.util.List;
import java.util.Random;
import org.healthcode.identity.api.DocumentType;
import org.junit.jupiter.api.Test;

/** Whatever it is given, the validator answers with a document or an InvalidDocumentException. */
class DocumentValidatorFuzzTest {

  private static final long SEED = 20_200_229L;
  private static final int RANDOM_STRINGS = 100_000;

  private static final List<String> ALPHABETS =
      List.of(
          "0123456789",
          "0123456789X",
          "0123456789Xx",
          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
          "abcdefghijklmnopqrstuvwxyz",
          "HM0123456789 ",
          " \t\n\r\u000b\f\u00a0\u2007\u3000",
          "０１２３４５６７８９Ｘ",
          "身份证号码护照香港澳门台湾",
          "\u0000\u0001\u001f\u007f\u0301\u200b\ufeff\uffff",
          "\ud83d\ude00\ud800\udfff");

  private static final List<String> VALID_NUMBERS =
      List.of(
          "11010519491231002X",
          withCheck("81000019800815001"),
          "H12345678",
          "01234567",
          "E12345678",
          "KAZ110090123105",
          withCheck("91139819901231002"));

  private static final List<String> COUNTRIES = List.of("CHN", "USA", "chn", "XYZ", "", " CHN");

  private final Random random = new Random(SEED);

  @Test
  void validate_WhenRandomStrings_OnlySucceedsOrRefuses() {
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String number = randomString();
      for (DocumentType type : DocumentType.values()) {
        assertAnswers(type, number, randomCountry());
      }
    }
  }

  @Test
  void validate_WhenMutationsOfValidNumbers_OnlySucceedsOrRefuses() {
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String number = mutate(VALID_NUMBERS.get(random.nextInt(VALID_NUMBERS.size())));
      for (DocumentType type : DocumentType.values()) {
        assertAnswers(type, number, randomCountry());
      }
    }
  }

  @Test
  void validate_WhenAnySingleCharacterOfResidentIdReplaced_Refuses() {
    String valid = withCheck("12010119900307123");
    String replacements = "0123456789X";
    for (int position = 0; position < valid.length(); position++) {
      for (char c : replacements.toCharArray()) {
        if (c == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + c + valid.substring(position + 1);
        assertThat(refuses(DocumentType.RESIDENT_ID_CARD, changed, null)).as(changed).isTrue();
      }
    }
  }

  @Test
  void validate_WhenNullEverywhereOrHugeInput_Refuses() {
    String huge = "1".repeat(1_000_000);
    for (DocumentType type : DocumentType.values()) {
      assertThat(refuses(type, null, null)).isTrue();
      assertThat(refuses(type, huge, "CHN")).isTrue();
    }
    assertThat(refuses(null, null, null)).isTrue();
  }

  private void assertAnswers(DocumentType type, String number, String country) {
    try {
      ValidatedDocument document = VALIDATOR.validate(type, number, country);
      assertThat(document.number()).isEqualTo(number);
    } catch (InvalidDocumentException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    } catch (RuntimeException e) {
      fail("%s %s %s threw %s", type, escape(number), escape(country), e);
    }
  }

  private static boolean refuses(DocumentType type, String number, String country) {
    try {
      VALIDATOR.validate(type, number, country);
      return false;
    } catch (InvalidDocumentException refused) {
      return true;
    }
  }

  private String randomString() {
    String alphabet = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
    int length = random.nextInt(50) == 0 ? random.nextInt(5_000) : random.nextInt(22);
    var text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextInt(20) == 0
              ? (char) random.nextInt(Character.MAX_VALUE + 1)
              : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** One to three edits: replace, insert or delete a character, or swap two neighbours. */
  private String mutate(String valid) {
    var text = new StringBuilder(valid);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int position = text.isEmpty() ? 0 : random.nextInt(text.length());
      char c = randomCharacter();
      switch (random.nextInt(4)) {
        case 0 -> {
          if (!text.isEmpty()) {
            text.setCharAt(position, c);
          }
        }
        case 1 -> text.insert(position, c);
        case 2 -> {
          if (!text.isEmpty()) {
            text.deleteCharAt(position);
          }
        }
        default -> {
          if (position + 1 < text.length()) {
            char here = text.charAt(position);
            text.setCharAt(position, text.charAt(position + 1));
            text.setCharAt(position + 1, here);
          }
        }
      }
    }
    return text.toString();
  }

  private char randomCharacter() {
    String alphabet = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  private String randomCountry() {
    return switch (random.nextInt(4)) {
      case 0 -> null;
      case 1 -> COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      default -> random.nextBoolean() ? "CHN" : randomString();
    };
  }

  private static String escape(String text) {
    if (text == null) {
      return "null";
    }
    var escaped = new StringBuilder("\"");
    text.codePoints()
        .limit(60)
        .forEach(
            c ->
                escaped.append(
                    c >= ' ' && c < 0x7f ? Character.toString(c) : "\\u" + Integer.toHexString(c)));
    return escaped.append('"').toString();
  }
}
