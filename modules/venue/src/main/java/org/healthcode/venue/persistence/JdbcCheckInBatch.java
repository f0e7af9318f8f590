package org.healthcode.venue.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.domain.CheckInDay;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.ScanRepository;

/**
 * A batch of gate scans written on one connection in one local transaction: the group commit of the
 * scan path (docs/adr/0015). The statements are {@link NativeSqlScanRepository}'s and {@link
 * ScanHourRepository}'s, for many rows at once; as a {@link ScanRepository} it records one scan at
 * a time on the same connection, for a batch that holds a repetition.
 */
public final class JdbcCheckInBatch implements InsertFirst, AutoCloseable {

  private final Connection connection;
  private final int slot;

  /** A batch on the connection that counts in the node's counter {@code slot}. */
  JdbcCheckInBatch(Connection connection, int slot) throws SQLException {
    this.connection = connection;
    this.slot = slot;
    connection.setAutoCommit(false);
  }

  /**
   * Inserts every scan whose key is not taken yet, in one statement; returns how many were. None
   * when one of them repeats a scan of the day before (docs/adr/0042): the batch then goes one by
   * one, as for any repetition.
   */
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

  /** Adds the increments to their venues' hours, summed per row, in one statement. */
  public void addToHours(List<ScanHourRepository.Increment> increments) {
    List<ScanHourRepository.Increment> rows = ScanHourRepository.perRow(increments);
    if (rows.isEmpty()) {
      return;
    }
    try {
      SqlRows.executeUpdate(
          connection,
          ScanHourRepository.upsert(rows.size()),
          rows.stream().map(row -> ScanHourRepository.values(row, slot)).toList());
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

  /** Makes everything written so far durable. */
  public void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new PersistenceException("cannot commit a batch of scans", e);
    }
  }

  /** Undoes everything written since the last commit; the batch can start over. */
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
