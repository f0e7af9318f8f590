package org.healthcode.venue.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.domain.CheckInBatch;
import org.healthcode.venue.domain.CheckInDay;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanHours;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.ScanRepository;

/**
 * A {@link CheckInBatch} on one JDBC connection in one local transaction (docs/adr/0015). The
 * statements are {@link NativeSqlScanRepository}'s and {@link NativeSqlScanHours}'s, for many rows
 * at once; as a {@link ScanRepository} it records one scan at a time on the same connection, for a
 * batch that holds a repetition.
 */
final class JdbcCheckInBatch implements InsertFirst, CheckInBatch {

  private final Connection connection;
  private final int slot;

  /** A batch on the connection that counts in the node's counter {@code slot}. */
  JdbcCheckInBatch(Connection connection, int slot) throws SQLException {
    this.connection = connection;
    this.slot = slot;
    connection.setAutoCommit(false);
  }

  /** In one statement, after a locking read per scan that may repeat one of the day before. */
  @Override
  public int insertAll(List<RecordedScan> scans) {
    try {
      for (RecordedScan scan : scans) {
        if (recordedTheDayBefore(scan)) {
          return 0;
        }
      }
      return SqlRows.executeUpdate(
          connection,
          NativeSqlScanRepository.insertIgnore(scans.size()),
          scans.stream().map(NativeSqlScanRepository::values).toList());
    } catch (SQLException e) {
      throw new PersistenceException("cannot record " + scans.size() + " scans", e);
    }
  }

  /** In one statement, one row per venue and hour in key order (no deadlock between batches). */
  @Override
  public void addToHours(List<ScanHours.Increment> increments) {
    List<ScanHours.Increment> rows = NativeSqlScanHours.perRow(increments);
    if (rows.isEmpty()) {
      return;
    }
    try {
      SqlRows.executeUpdate(
          connection,
          NativeSqlScanHours.upsert(rows.size()),
          rows.stream().map(row -> NativeSqlScanHours.values(row, slot)).toList());
    } catch (SQLException e) {
      throw new PersistenceException("cannot count " + increments.size() + " scans", e);
    }
  }

  private boolean recordedTheDayBefore(RecordedScan scan) throws SQLException {
    if (!CheckInDay.mayRepeatThePreviousDay(scan.at())) {
      return false;
    }
    try (PreparedStatement select =
        connection.prepareStatement(NativeSqlScanRepository.ON_DAY_LOCKING)) {
      select.setLong(1, scan.entryPoint().value());
      select.setString(2, scan.scanId().value());
      select.setLong(3, CheckInDay.of(scan.at()).previous().epochDay());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  @Override
  public boolean insertIfNew(RecordedScan scan) {
    return insertAll(List.of(scan)) == 1;
  }

  @Override
  public Optional<RecordedScan> find(EntryPointId entryPoint, ScanId scanId) {
    try (PreparedStatement select =
        connection.prepareStatement(NativeSqlScanRepository.FIND_LOCKING)) {
      select.setLong(1, entryPoint.value());
      select.setString(2, scanId.value());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        Object[] row = new Object[rows.getMetaData().getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = rows.getObject(i + 1);
        }
        return Optional.of(NativeSqlScanRepository.toScan(entryPoint, scanId, row));
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot read scan " + scanId, e);
    }
  }

  @Override
  public void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new PersistenceException("cannot commit a batch of scans", e);
    }
  }

  @Override
  public void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new PersistenceException("cannot roll a batch of scans back", e);
    }
  }

  /** Rolls back what was not committed and returns the connection to the pool. */
  @Override
  public void close() {
    try (connection) {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new PersistenceException("cannot close a batch of scans", e);
    }
  }
}
