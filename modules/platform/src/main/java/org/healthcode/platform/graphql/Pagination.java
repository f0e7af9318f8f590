package org.healthcode.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
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

  /** The numeric position in a cursor; null for a null cursor, BAD_INPUT unless it is a number. */
  public static Long longPosition(String cursor) {
    String position = position(cursor);
    if (position == null) {
      return null;
    }
    try {
      return Long.parseLong(position);
    } catch (NumberFormatException e) {
      throw HealthCodeException.badInput("after: not a cursor from this list");
    }
  }

  /**
   * A connection of at most {@code size} items from up to {@code size + 1} read: the extra one only
   * tells that another page follows. The end cursor is the last edge's; on an empty page it stays
   * {@code after}, so that a client reading on from the end keeps its place.
   *
   * @param position the position of an item, to put in its cursor
   * @param edge an edge from its cursor and item
   * @param connection the connection from its edges and page information
   */
  public static <T, E, C> C connection(
      List<T> read,
      int size,
      String after,
      Function<T, String> position,
      BiFunction<String, T, E> edge,
      BiFunction<List<E>, PageInfo, C> connection) {
    List<E> edges = new ArrayList<>();
    String endCursor = after;
    for (T item : read.subList(0, Math.min(size, read.size()))) {
      endCursor = cursor(position.apply(item));
      edges.add(edge.apply(endCursor, item));
    }
    return connection.apply(edges, new PageInfo(read.size() > size, endCursor));
  }
}
