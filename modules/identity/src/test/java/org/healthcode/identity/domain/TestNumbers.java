package org.healthcode.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Test data shared by the validator tests. */
final class TestNumbers {

  /** "Today" for every test: 1 June 2024 in China. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  static final DocumentValidator VALIDATOR = new DocumentValidator(CLOCK);

  private TestNumbers() {}

  /**
   * Appends the ISO 7064 MOD 11-2 check character, computed here independently of the production
   * code: weight 2^(17-i) mod 11 for position i, check value (12 - sum mod 11) mod 11, 10 as X.
   */
  static String withCheck(String seventeenDigits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += Character.digit(seventeenDigits.charAt(i), 10) * weight;
    }
    int value = (12 - sum % 11) % 11;
    return seventeenDigits + (value == 10 ? "X" : String.valueOf(value));
  }

  /** The same number with its check character replaced by a wrong one. */
  static String withWrongCheck(String number) {
    char check = number.charAt(17);
    return number.substring(0, 17) + (check == '0' ? '1' : '0');
  }
}
