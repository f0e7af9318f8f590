package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the change feed (docs/adr/0032): the (recorded at, id) of the last entry a gate
 * holds, keyset order. Written {@code c1.<epoch millis>.<id>}; gates treat it as opaque.
 */
public record FeedCursor(Instant recordedAt, long id) {

  private static final Pattern TEXT = Pattern.compile("c1\\.(\\d{1,15})\\.(\\d{1,18})");

  /** Empty for anything that is not a cursor this server wrote. */
  public static Optional<FeedCursor> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new FeedCursor(
            Instant.ofEpochMilli(Long.parseLong(matcher.group(1))),
            Long.parseLong(matcher.group(2))));
  }

  @Override
  public String toString() {
    return "c1." + recordedAt.toEpochMilli() + "." + id;
  }
}
