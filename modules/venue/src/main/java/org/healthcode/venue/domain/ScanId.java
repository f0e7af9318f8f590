package org.healthcode.venue.domain;

import java.util.regex.Pattern;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The id a device gives each scan it sends (a UUID, say), so that a scan sent again after a lost
 * answer is recorded once and answered the same ({@link OneAnswerPerScan}). Unique per entry point,
 * not globally: two devices may well pick the same id.
 *
 * <p>8 to 64 characters of {@code A-Z a-z 0-9 - _}, compared case-sensitively: persistence keeps it
 * in an ASCII column with a binary collation, or MariaDB's default case-insensitive collation would
 * take {@code abcdefgh} and {@code ABCDEFGH} for one scan.
 *
 * <p>A citizen's check-in by venue code records one scan per person under {@code
 * app:<person>:<check-in id>} ({@link #forCheckIn}): the colons keep these apart from every id a
 * device can send.
 */
public record ScanId(String value) {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;
  private static final Pattern FORMAT =
      Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

  /** A UUID fits; short enough that the prefix and a person id stay within 64 characters. */
  public static final int MAX_CHECK_IN_ID_LENGTH = 40;

  private static final Pattern CHECK_IN_FORMAT =
      Pattern.compile("app:[1-9][0-9]{0,18}:[A-Za-z0-9_-]{8," + MAX_CHECK_IN_ID_LENGTH + "}");

  /** Refuses anything else with {@code BAD_INPUT}. */
  public ScanId {
    if (value == null
        || value.length() > MAX_LENGTH
        || !(FORMAT.matcher(value).matches() || CHECK_IN_FORMAT.matcher(value).matches())) {
      throw badFormat();
    }
  }

  /** The id a device sent: only the device format, never a check-in's. */
  public static ScanId fromDevice(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw badFormat();
    }
    return new ScanId(value);
  }

  /**
   * The scan id of one person in a citizen's check-in; the app's check-in id is 8 to 40 characters
   * of {@code A-Z a-z 0-9 - _} ({@code BAD_INPUT} otherwise), the same for every retry.
   */
  public static ScanId forCheckIn(String checkInId, PersonId person) {
    if (checkInId == null
        || checkInId.length() > MAX_CHECK_IN_ID_LENGTH
        || !FORMAT.matcher(checkInId).matches()) {
      throw HealthCodeException.badInput(
          "checkInId: 8 to "
              + MAX_CHECK_IN_ID_LENGTH
              + " characters of A-Z, a-z, 0-9, '-' and '_'");
    }
    return new ScanId("app:" + person.value() + ":" + checkInId);
  }

  private static HealthCodeException badFormat() {
    return HealthCodeException.badInput(
        "a scan id is "
            + MIN_LENGTH
            + " to "
            + MAX_LENGTH
            + " characters of A-Z, a-z, 0-9, '-' and '_'");
  }

  @Override
  public String toString() {
    return value;
  }
}
