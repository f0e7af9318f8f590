package org.healthcode.platform.database;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Single-statement reads in plain JDBC, for the hot paths that open no Hibernate session
 * (docs/adr/0014, 0015). Inside a JTA transaction Liberty hands out the transaction's shared
 * connection, so the read sees the transaction; outside one it is a read of its own.
 */
public final class JdbcReads {

  private JdbcReads() {}

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void set(PreparedStatement statement) throws SQLException;
  }

  /** Reads the current row; never returns null. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /**
   * The first row of {@code sql}, read by {@code row}; empty when there is none.
   *
   * @param what names what was read, for the error when the database fails
   */
  public static <T> Optional<T> first(
      DataSource dataSource, String sql, Parameters parameters, Row<T> row, String what) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      parameters.set(statement);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot read " + what, e);
    }
  }
}
