package org.healthcode.status.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.PageInfo;
import org.healthcode.platform.graphql.Pagination;

/** Cursor pages over lists keyed by a number (an id or a version). */
final class Pages {

  private Pages() {}

  /** The key in an {@code after} cursor; 0 for none. */
  static long key(String after) {
    String position = Pagination.position(after);
    if (position == null) {
      return 0;
    }
    try {
      return Long.parseLong(position);
    } catch (NumberFormatException e) {
      throw HealthCodeException.badInput("after: not a cursor from this list");
    }
  }

  /**
   * Builds a connection from up to {@code size + 1} items read: the extra one only says that
   * another page follows.
   */
  static <T, E, C> C page(
      List<T> read,
      int size,
      Function<T, Long> key,
      BiFunction<String, T, E> edge,
      BiFunction<List<E>, PageInfo, C> connection) {
    List<E> edges = new ArrayList<>();
    String endCursor = null;
    for (T item : read.subList(0, Math.min(size, read.size()))) {
      endCursor = Pagination.cursor(String.valueOf(key.apply(item)));
      edges.add(edge.apply(endCursor, item));
    }
    return connection.apply(edges, new PageInfo(read.size() > size, endCursor));
  }
}
