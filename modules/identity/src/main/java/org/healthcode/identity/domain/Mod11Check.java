package org.healthcode.identity.domain;

/**
 * The ISO 7064 MOD 11-2 check character of GB 11643-1999 (citizen identity number), also used by
 * the residence permits for Hong Kong, Macao and Taiwan residents and the 2023 permanent residence
 * ID card: the 17 digits, weighted by 2^(17-i) mod 11, summed; the sum mod 11 picks the character.
 */
final class Mod11Check {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private Mod11Check() {}

  /** The check character for 17 ASCII digits. */
  static char checkCharacter(String seventeenDigits) {
    if (seventeenDigits.length() != WEIGHTS.length) {
      throw new IllegalArgumentException("MOD 11-2 needs 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }
}
