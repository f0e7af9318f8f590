package org.healthcode.venue.domain;

import java.util.List;

/**
 * The check-ins kept one partition per city day (docs/adr/0042), so that retention drops whole days
 * instead of deleting rows. Partition changes are DDL: the caller holds the retention lease.
 */
public interface CheckInPartitions {

  /** One day's partition: its name and the day it holds. */
  record DayPartition(String name, CheckInDay day) {}

  /** The day partitions, oldest first. */
  List<DayPartition> days();

  /**
   * Adds day partitions after the last day there is, up to {@code last}; returns how many. Moves no
   * rows in normal running.
   */
  int createUpTo(CheckInDay last);

  /** How many check-ins a day's partition holds (read before it is dropped, for the report). */
  long count(DayPartition partition);

  /** Drops a day's partition with every check-in in it: no row-by-row delete, no undo. */
  void drop(DayPartition partition);
}
