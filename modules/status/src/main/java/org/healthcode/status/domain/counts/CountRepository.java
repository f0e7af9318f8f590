package org.healthcode.status.domain.counts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The colour counts by bucket: the counts now and each day's net changes, added to in the
 * transaction that changed the codes.
 */
public interface CountRepository {

  /**
   * Adds the changes to the counts now and to the day's net changes, in the caller's transaction.
   */
  void apply(LocalDate day, List<CountChange> changes);

  /** The counts now; buckets without a row count zero. */
  Map<Bucket, Long> now();

  /** Each bucket's changes summed over all days before {@code day}. */
  Map<Bucket, Long> changesBefore(LocalDate day);

  /** The net changes of each day in {@code [from, to]}. */
  Map<LocalDate, Map<Bucket, Long>> changesBetween(LocalDate from, LocalDate to);
}
