package org.healthcode.identity.domain;

import java.util.regex.Pattern;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A phone number in the one form it is hashed and stored in: a mainland mobile number as its 11
 * digits (a leading +86 or 86 is dropped), any other number as + and 7 to 15 digits (E.164). Spaces
 * and hyphens are ignored, so "138 0013 8000" and "+86 13800138000" are one account.
 */
public record PhoneNumber(String value) {

  private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public static PhoneNumber parse(String text) {
    if (text == null) {
      throw HealthCodeException.badInput("phone: a phone number is required");
    }
    String compact = text.strip().replace(" ", "").replace("-", "");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("86") && compact.length() == 13) {
      compact = compact.substring(2);
    }
    if (MAINLAND_MOBILE.matcher(compact).matches() || INTERNATIONAL.matcher(compact).matches()) {
      return new PhoneNumber(compact);
    }
    throw HealthCodeException.badInput(
        "phone: expected a mainland mobile number (11 digits starting with 1) or +country code"
            + " and number");
  }

  @Override
  public String toString() {
    return "PhoneNumber[***]";
  }
}
