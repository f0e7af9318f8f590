package org.healthcode.venue.domain;

import java.util.regex.Pattern;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The id a device gives each scan it sends (a UUID, say), so that a scan sent again after a lost
 * answer is recorded once and answered the same ({@link OneAnswerPerScan}). Unique per entry point,
 * not globally: two devices may well pick the same id.
 *
 * <p>8 to 64 characters of {@code A-Z a-z 0-9 - _}, compared case-sensitively: persistence keeps it
 * in an ASCII column with a binary collation, or MariaDB's default case-insensitive collation would
 * take {@code abcdefgh} and {@code ABCDEFGH} for one scan.
 */
public record ScanId(String value) {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;
  private static final Pattern FORMAT =
      Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

  /** Refuses anything else with {@code BAD_INPUT}. */
  public ScanId {
    if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw HealthCodeException.badInput(
          "a scan id is "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters of A-Z, a-z, 0-9, '-' and '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
