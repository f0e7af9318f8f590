package org.healthcode.venue.domain;

/**
 * Opens {@link CheckInBatch}es for the scan writer (docs/adr/0015), each on a connection of its own
 * outside any container transaction.
 */
public interface CheckInBatches {

  /** A new batch; the caller closes it. */
  CheckInBatch open();
}
