package org.healthcode.identity.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a caller waits after failed staff sign-ins (docs/adr/0019): the first {@code free}
 * failures within the window cost nothing; each one after them doubles the wait before the next
 * attempt, from one second up to {@code cap}, counted from the last failure. The owner of an
 * account that others guess at waits at most the username's cap (30 seconds), so nobody can lock
 * them out; a guessing address waits up to its own, longer cap. An attempt made before the wait is
 * over is refused without a password check and does not count.
 */
public record SignInBackOff(int free, Duration cap) {

  private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

  /** Per username: a guesser from anywhere gets a few tries a minute; the owner waits ≤ 30 s. */
  public static final SignInBackOff PER_USERNAME = new SignInBackOff(5, Duration.ofSeconds(30));

  /** Per client address: an address that keeps failing waits up to 15 minutes. */
  public static final SignInBackOff PER_ADDRESS = new SignInBackOff(10, Duration.ofMinutes(15));

  public SignInBackOff {
    Objects.requireNonNull(cap, "cap");
    if (free < 0 || cap.compareTo(FIRST_WAIT) < 0) {
      throw new IllegalArgumentException("free >= 0 and cap >= 1 s");
    }
  }

  /** The wait after this many failures within the window. */
  public Duration waitAfter(long failures) {
    if (failures < free) {
      return Duration.ZERO;
    }
    long doublings = failures - free;
    if (doublings >= 30) {
      return cap;
    }
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /**
   * How much longer the caller must wait at {@code now}, after {@code failures} failures, the last
   * at {@code lastFailure}; empty when it may try now.
   */
  public Optional<Duration> remaining(long failures, Instant lastFailure, Instant now) {
    if (failures == 0 || lastFailure == null) {
      return Optional.empty();
    }
    Instant retryAt = lastFailure.plus(waitAfter(failures));
    return now.isBefore(retryAt) ? Optional.of(Duration.between(now, retryAt)) : Optional.empty();
  }
}
