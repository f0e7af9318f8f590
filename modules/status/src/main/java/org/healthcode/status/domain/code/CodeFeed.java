package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.List;

/**
 * The change feed the offline gates follow (docs/adr/0032), as the offline use case reads it; the
 * store writes it in the transaction of each change it reports.
 */
public interface CodeFeed {

  /** The changes after the cursor recorded before {@code settledBefore}, oldest first. */
  List<FeedChange> after(FeedCursor after, Instant settledBefore, int limit);

  /**
   * The full current state: every active code of a person who is not green, every active paper code
   * of a person with no colour yet, and every code revoked at or after {@code revokedSince}.
   */
  List<FeedChange> currentState(Instant revokedSince, FeedCursor position);

  /** Deletes up to {@code limit} entries recorded before {@code before}; how many it deleted. */
  int purge(Instant before, int limit);
}
