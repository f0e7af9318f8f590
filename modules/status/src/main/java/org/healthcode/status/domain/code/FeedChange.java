package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the change feed: a code id, what it became ({@code GREEN}, {@code ORANGE}, {@code
 * RED}, {@code REVOKED}, or {@code NONE} for a paper code whose person has no colour yet) and when,
 * and the entry's place in the feed.
 */
public record FeedChange(CodeId codeId, String colour, Instant at, FeedCursor position) {

  public FeedChange {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(at, "at");
    if (!"GREEN".equals(colour)
        && !"ORANGE".equals(colour)
        && !"RED".equals(colour)
        && !"REVOKED".equals(colour)
        && !"NONE".equals(colour)) {
      throw new IllegalArgumentException("a feed change is a colour, REVOKED or NONE");
    }
  }
}
