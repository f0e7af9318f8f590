package org.healthcode.status.domain.counts;

/**
 * A count as an analyst may see it: counts below {@link #THRESHOLD} are withheld (DESIGN §4), so a
 * small group, such as the two red persons of a district, cannot be singled out.
 *
 * @param count the count, {@code null} when suppressed
 */
public record SuppressedCount(Long count, boolean suppressed) {

  public static final long THRESHOLD = 5;

  public static SuppressedCount of(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative: " + count);
    }
    return count < THRESHOLD ? new SuppressedCount(null, true) : new SuppressedCount(count, false);
  }
}
