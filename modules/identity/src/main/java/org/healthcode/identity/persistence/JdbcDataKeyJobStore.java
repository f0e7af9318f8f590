package org.healthcode.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthcode.identity.domain.protection.DataKeyJobStore;

/**
 * The re-encryption job's row (identity_data_key_job) and its batches over identity_person and
 * identity_account, in plain JDBC: each batch is one local transaction of its own on a connection
 * of its own, committed with the job's cursor, so a run that stops goes on from the last batch.
 */
@ApplicationScoped
public class JdbcDataKeyJobStore implements DataKeyJobStore {

  static final String JOB = "reencryption";

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Override
  public DataKeyJob read() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT state, target_key_id, person_cursor, account_cursor, rows_examined,"
                    + " fields_reencrypted, started_by, started_at, updated_at, finished_at"
                    + " FROM identity_data_key_job WHERE name = ?")) {
      select.setString(1, JOB);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new PersistenceException("the re-encryption job's row is missing");
        }
        return new DataKeyJob(
            row.getString(1),
            row.getString(2),
            row.getLong(3),
            row.getLong(4),
            row.getLong(5),
            row.getLong(6),
            row.getString(7),
            instant(row.getTimestamp(8)),
            instant(row.getTimestamp(9)),
            instant(row.getTimestamp(10)));
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot read the re-encryption job", e);
    }
  }

  @Override
  public boolean start(String targetKeyId, String startedBy) {
    return update(
            "UPDATE identity_data_key_job SET state = 'RUNNING', target_key_id = ?,"
                + " person_cursor = 0, account_cursor = 0, rows_examined = 0,"
                + " fields_reencrypted = 0, started_by = ?, started_at = NOW(3),"
                + " updated_at = NOW(3), finished_at = NULL"
                + " WHERE name = ? AND NOT (state = 'RUNNING' AND target_key_id <=> ?)",
            targetKeyId,
            startedBy,
            JOB,
            targetKeyId)
        == 1;
  }

  @Override
  public void finish(String targetKeyId) {
    update(
        "UPDATE identity_data_key_job SET state = 'DONE', finished_at = NOW(3),"
            + " updated_at = NOW(3) WHERE name = ? AND state = 'RUNNING' AND target_key_id = ?",
        JOB,
        targetKeyId);
  }

  /**
   * Re-seals the persons after {@code afterId} (at most {@code limit}) and advances the cursor, in
   * one transaction. A row changed meanwhile (its sealed values differ from what was read) is left
   * as it is: it was written by a node under the keys it holds, and the key count shows it.
   */
  @Override
  public Batch personBatch(
      String targetKeyId, long afterId, int limit, Resealer name, Resealer document) {
    return batch(
        targetKeyId,
        afterId,
        limit,
        "SELECT id, name_encrypted, document_number_encrypted FROM identity_person"
            + " WHERE id > ? ORDER BY id LIMIT ?",
        "UPDATE identity_person SET name_encrypted = ?, document_number_encrypted = ?"
            + " WHERE id = ? AND name_encrypted = ? AND document_number_encrypted = ?",
        "person_cursor",
        List.of(name, document));
  }

  @Override
  public Batch accountBatch(String targetKeyId, long afterId, int limit, Resealer phone) {
    return batch(
        targetKeyId,
        afterId,
        limit,
        "SELECT id, phone_encrypted FROM identity_account WHERE id > ? ORDER BY id LIMIT ?",
        "UPDATE identity_account SET phone_encrypted = ? WHERE id = ? AND phone_encrypted = ?",
        "account_cursor",
        List.of(phone));
  }

  private Batch batch(
      String targetKeyId,
      long afterId,
      int limit,
      String select,
      String update,
      String cursorColumn,
      List<Resealer> resealers) {
    int columns = resealers.size();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long lastId = 0;
        int rows = 0;
        int fields = 0;
        List<Object[]> changes = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(select)) {
          read.setLong(1, afterId);
          read.setInt(2, limit);
          try (ResultSet row = read.executeQuery()) {
            while (row.next()) {
              rows++;
              lastId = row.getLong(1);
              byte[][] old = new byte[columns][];
              byte[][] fresh = new byte[columns][];
              boolean changed = false;
              for (int i = 0; i < columns; i++) {
                old[i] = row.getBytes(2 + i);
                Optional<byte[]> resealed = resealers.get(i).apply(old[i]);
                fresh[i] = resealed.orElse(old[i]);
                if (resealed.isPresent()) {
                  changed = true;
                  fields++;
                }
              }
              if (changed) {
                changes.add(new Object[] {lastId, old, fresh});
              }
            }
          }
        }
        if (!changes.isEmpty()) {
          try (PreparedStatement write = connection.prepareStatement(update)) {
            for (Object[] change : changes) {
              byte[][] old = (byte[][]) change[1];
              byte[][] fresh = (byte[][]) change[2];
              int p = 1;
              for (byte[] value : fresh) {
                write.setBytes(p++, value);
              }
              write.setLong(p++, (Long) change[0]);
              for (byte[] value : old) {
                write.setBytes(p++, value);
              }
              write.addBatch();
            }
            write.executeBatch();
          }
        }
        try (PreparedStatement cursor =
            connection.prepareStatement(
                "UPDATE identity_data_key_job SET "
                    + cursorColumn
                    + " = GREATEST("
                    + cursorColumn
                    + ", ?), rows_examined = rows_examined + ?,"
                    + " fields_reencrypted = fields_reencrypted + ?, updated_at = NOW(3)"
                    + " WHERE name = ? AND state = 'RUNNING' AND target_key_id = ?")) {
          cursor.setLong(1, rows == 0 ? afterId : lastId);
          cursor.setInt(2, rows);
          cursor.setInt(3, fields);
          cursor.setString(4, JOB);
          cursor.setString(5, targetKeyId);
          cursor.executeUpdate();
        }
        connection.commit();
        return new Batch(rows == 0 ? 0 : lastId, rows, fields);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new PersistenceException("a re-encryption batch failed", e);
    }
  }

  /**
   * How many sealed fields each key id holds, over every encrypted column: the key a retirement
   * would remove must have none. A full scan of both tables, for operators only.
   */
  @Override
  public Map<String, Long> fieldsByKeyId() {
    String[][] columns = {
      {"identity_person", "name_encrypted"},
      {"identity_person", "document_number_encrypted"},
      {"identity_account", "phone_encrypted"}
    };
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String[] column : columns) {
        String keyId = "SUBSTRING(" + column[1] + ", 3, ORD(SUBSTRING(" + column[1] + ", 2, 1)))";
        try (PreparedStatement count =
                connection.prepareStatement(
                    "SELECT CAST("
                        + keyId
                        + " AS CHAR(32) CHARACTER SET ascii), COUNT(*) FROM "
                        + column[0]
                        + " GROUP BY 1");
            ResultSet row = count.executeQuery()) {
          while (row.next()) {
            counts.merge(row.getString(1), row.getLong(2), Long::sum);
          }
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new PersistenceException("cannot count the sealed fields by key", e);
    }
  }

  private int update(String sql, String... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("cannot update the re-encryption job", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
