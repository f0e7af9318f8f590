package org.healthcode.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.healthcode.platform.error.HealthCodeException;

/**
 * How many sign-in codes one phone number may request: a few in a short window (a user who did not
 * receive one retries) and a bound per day, so nobody can flood a phone or a gateway. Counted from
 * the stored codes, so it holds across nodes.
 *
 * @param perWindow codes allowed within {@code window}
 * @param perDay codes allowed within 24 hours
 */
public record SignInCodeRateLimit(int perWindow, Duration window, int perDay) {

  public static final Duration DAY = Duration.ofDays(1);

  /** The start of the short window, for counting. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  public Instant dayStart(Instant now) {
    return now.minus(DAY);
  }

  /** Refuses another code when either count of codes already issued has reached its limit. */
  public void requireAllowed(long issuedInWindow, long issuedInDay) {
    if (issuedInWindow >= perWindow || issuedInDay >= perDay) {
      throw new HealthCodeException(
          IdentityErrorCodes.TOO_MANY_REQUESTS,
          "Too many sign-in codes were requested for this phone number; try again later");
    }
  }
}
