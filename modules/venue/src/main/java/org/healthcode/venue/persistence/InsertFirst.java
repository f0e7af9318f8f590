package org.healthcode.venue.persistence;

import java.util.Optional;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanRepository;

/**
 * {@link ScanRepository#recordOnce} as the SQL stores keep it (docs/adr/0012): insert first, and
 * only when the key was taken read the row that won.
 */
interface InsertFirst extends ScanRepository {

  /** Inserts the scan unless a scan with its key is recorded; whether it did. */
  boolean insertIfNew(RecordedScan scan);

  @Override
  default Optional<RecordedScan> recordOnce(RecordedScan scan) {
    if (insertIfNew(scan)) {
      return Optional.empty();
    }
    return Optional.of(
        find(scan.entryPoint(), scan.scanId())
            .orElseThrow(
                () -> new IllegalStateException("scan " + scan.scanId() + " not recorded")));
  }
}
