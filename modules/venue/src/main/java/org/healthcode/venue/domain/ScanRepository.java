package org.healthcode.venue.domain;

import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;

/**
 * Where scans are recorded, one per {@code (entry point, scan id)} (docs/adr/0012).
 *
 * <p>How an implementation keeps that promise on a cluster of stateless nodes over Galera: a unique
 * key {@code (entry_point_id, scan_id)} on the scan table, {@code scan_id} in an ASCII column with
 * a binary collation (scan ids are case-sensitive). {@link #recordOnce} inserts first; only when
 * the insert fails on that unique key does it read the row that won and return it. Reading first
 * and inserting when nothing is found is not enough: two retries arriving at two nodes at once
 * would both find nothing. Insert-first also makes the common case (no repetition) one statement.
 */
public interface ScanRepository {

  /**
   * Records {@code scan} unless a scan with its key is recorded already. Returns empty when {@code
   * scan} was recorded now, otherwise the earlier scan, unchanged.
   */
  Optional<RecordedScan> recordOnce(RecordedScan scan);

  /** The scan recorded under this key, if any. */
  Optional<RecordedScan> find(EntryPointId entryPoint, ScanId scanId);
}
