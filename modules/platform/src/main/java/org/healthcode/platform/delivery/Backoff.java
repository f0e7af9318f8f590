package org.healthcode.platform.delivery;

import java.time.Duration;

/**
 * When an outbox tries a failed delivery again: {@code first} after the first failure, doubling
 * each time up to {@code max}; after {@code maxAttempts} attempts the entry is failed for good.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

  public Backoff {
    if (maxAttempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("back-off: attempts >= 1 and first <= max");
    }
  }

  /** The pause after the {@code attempts}-th failed attempt (1 for the first). */
  public Duration after(int attempts) {
    Duration pause = first;
    for (int i = 1; i < attempts && pause.compareTo(max) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(max) > 0 ? max : pause;
  }

  /** Whether an entry that has had {@code attempts} attempts may have another. */
  public boolean mayRetry(int attempts) {
    return attempts < maxAttempts;
  }
}
