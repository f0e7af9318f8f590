package org.healthcode.venue.domain;

import java.util.List;

/**
 * A batch of gate scans written in one local transaction: the group commit of the scan path
 * (docs/adr/0015). The check-ins of many scans go in at once; as a {@link ScanRepository} it
 * records one scan at a time in the same transaction, for a batch that holds a repetition.
 */
public interface CheckInBatch extends ScanRepository, AutoCloseable {

  /**
   * Inserts every scan whose key is not taken yet, at once; returns how many were. None when one of
   * them repeats a scan of the day before (docs/adr/0042): the batch then goes one by one, as for
   * any repetition.
   */
  int insertAll(List<RecordedScan> scans);

  /** Adds the increments to their venues' hours, summed per venue and hour, at once. */
  void addToHours(List<ScanHours.Increment> increments);

  /** Makes everything written so far durable. */
  void commit();

  /** Undoes everything written since the last commit; the batch can start over. */
  void rollback();

  /** Rolls back what was not committed and lets the connection go. */
  @Override
  void close();
}
