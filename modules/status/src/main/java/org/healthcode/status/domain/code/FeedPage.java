package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the feed answers (docs/adr/0032): the changes after {@code after}, or the full current state
 * when {@code after} is empty, and where to go on from.
 */
public record FeedPage(
    int issuer,
    Optional<FeedCursor> after,
    FeedCursor endCursor,
    boolean hasMore,
    Instant generatedAt,
    List<FeedChange> changes) {

  /** The contract's JSON, signed as it is. */
  public String payload() {
    StringBuilder json = new StringBuilder(160 + 72 * changes.size());
    json.append("{\"issuer\":\"")
        .append(issuer)
        .append("\",\"after\":")
        .append(after.map(cursor -> "\"" + cursor + "\"").orElse("null"))
        .append(",\"endCursor\":\"")
        .append(endCursor)
        .append("\",\"hasMore\":")
        .append(hasMore)
        .append(",\"generatedAt\":\"")
        .append(generatedAt)
        .append("\",\"changes\":[");
    for (int i = 0; i < changes.size(); i++) {
      FeedChange change = changes.get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"codeId\":\"")
          .append(change.codeId())
          .append("\",\"colour\":\"")
          .append(change.colour())
          .append("\",\"at\":")
          .append(change.at().getEpochSecond())
          .append('}');
    }
    return json.append("]}").toString();
  }
}
