package org.healthcode.venue.persistence;

import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Multi-row statements: the same check-in and hour statements serve one row (in a JPA transaction)
 * and a batch of rows (the scan writer's JDBC connection).
 */
final class SqlRows {

  private SqlRows() {}

  /** {@code (?, ?), (?, ?)}: the placeholders of {@code rows} rows of {@code columns} values. */
  static String placeholders(int rows, int columns) {
    String row = "(" + ", ?".repeat(columns).substring(2) + ")";
    return (", " + row).repeat(rows).substring(2);
  }

  /** Binds one row's values to a native query, in order. */
  static Query bind(Query query, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return query;
  }

  /** Runs {@code sql} with the rows' values bound in order; returns the update count. */
  static int executeUpdate(Connection connection, String sql, List<Object[]> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int position = 1;
      for (Object[] row : rows) {
        for (Object value : row) {
          statement.setObject(position++, value);
        }
      }
      return statement.executeUpdate();
    }
  }
}
