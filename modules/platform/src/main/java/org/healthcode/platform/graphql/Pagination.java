package org.healthcode.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.healthcode.platform.error.HealthCodeException;

/** Page sizes and opaque cursors for cursor-paginated lists (DESIGN §6: at most 100 a page). */
public final class Pagination {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  private Pagination() {}

  /** The page size asked for: the default if null, BAD_INPUT unless 1 to 100. */
  public static int pageSize(Integer first) {
    if (first == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw HealthCodeException.badInput("first: 1 to " + MAX_PAGE_SIZE);
    }
    return first;
  }

  /** An opaque cursor for a position: clients pass it back and never read it. */
  public static String cursor(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /** The position in a cursor; null for a null cursor, BAD_INPUT if it is not one of ours. */
  public static String position(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HealthCodeException.badInput("after: not a cursor from this list");
    }
  }
}
