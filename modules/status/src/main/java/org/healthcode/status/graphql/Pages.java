package org.healthcode.status.graphql;

import org.healthcode.platform.graphql.Pagination;

/** The numeric keys in status's cursors (ids and versions). */
final class Pages {

  private Pages() {}

  /** The key in an {@code after} cursor; 0 for none, which the lists read as "from the start". */
  static long key(String after) {
    Long key = Pagination.longPosition(after);
    return key == null ? 0 : key;
  }
}
