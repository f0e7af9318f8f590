package org.healthcode.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Work that one node at a time may do, claimed by a lease row (docs/adr/0023). Row locks are not
 * replicated on Galera ({@code SELECT ... FOR UPDATE SKIP LOCKED} on one node does not skip a row
 * another node holds), so the claim is itself a replicated write: a node takes a lease by writing
 * its name and an expiry into the lease's row, if the row is free, expired or already its own. Two
 * nodes that write it at once cannot both commit: certification lets one win, the other fails (or
 * re-reads and finds the winner). A holder renews its lease by taking it again before it expires;
 * one that dies loses it when it expires. Times are the database's ({@code NOW(3)}), so the nodes'
 * clocks do not matter.
 *
 * <p>The table is created here, not by a migration, because the migrations themselves run under a
 * lease.
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  static final String CREATE_TABLE =
      "CREATE TABLE IF NOT EXISTS platform_lease ("
          + " name VARCHAR(64) NOT NULL PRIMARY KEY,"
          + " owner VARCHAR(120) NOT NULL,"
          + " expires_at TIMESTAMP(3) NOT NULL"
          + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4";

  // the assignments run left to right: expires_at is set only where owner became (or was) ours
  private static final String TAKE =
      "INSERT INTO platform_lease (name, owner, expires_at)"
          + " VALUES (?, ?, NOW(3) + INTERVAL ? MICROSECOND)"
          + " ON DUPLICATE KEY UPDATE"
          + " owner = IF(expires_at < NOW(3) OR owner = VALUES(owner), VALUES(owner), owner),"
          + " expires_at = IF(owner = VALUES(owner), VALUES(expires_at), expires_at)";

  private static final String OWNER = "SELECT owner FROM platform_lease WHERE name = ?";

  private static final String RENEW =
      "UPDATE platform_lease SET expires_at = NOW(3) + INTERVAL ? MICROSECOND"
          + " WHERE name = ? AND owner = ? AND expires_at > NOW(3)";

  private static final String RELEASE =
      "UPDATE platform_lease SET expires_at = NOW(3) - INTERVAL 1 SECOND"
          + " WHERE name = ? AND owner = ?";

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject ClusterNode node;

  private volatile boolean tableReady;

  /**
   * Takes or renews the lease for {@code duration} on a connection of its own (committed at once);
   * whether this node holds it now. A conflict with another node taking it means it does not.
   */
  public boolean tryTake(String lease, Duration duration) {
    try (Connection connection = dataSource.getConnection()) {
      ensureTable(connection);
      try (PreparedStatement take = connection.prepareStatement(TAKE)) {
        take.setString(1, lease);
        take.setString(2, node.name());
        take.setLong(3, micros(duration));
        take.executeUpdate();
      } catch (SQLException e) {
        if (Conflicts.isConflict(e)) {
          return false; // another node wrote the lease at the same moment and won
        }
        throw e;
      }
      try (PreparedStatement owner = connection.prepareStatement(OWNER)) {
        owner.setString(1, lease);
        try (ResultSet row = owner.executeQuery()) {
          return row.next() && node.name().equals(row.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot take the lease " + lease, e);
    }
  }

  /**
   * Waits until this node holds the lease, trying every second for at most {@code patience}; for
   * work every node must see done before it goes on (the migrations).
   */
  public void take(String lease, Duration duration, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    while (!tryTake(lease, duration)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the lease " + lease + " stayed with another node for " + patience);
      }
      if (!told) {
        LOG.info(() -> "waiting for another node to finish " + lease);
        told = true;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the lease " + lease, e);
      }
    }
  }

  /**
   * Renews the lease in the caller's transaction, as its fence: false (and the caller rolls back)
   * when this node no longer holds it. Committing the renewal with the work makes certification
   * refuse the work of a node whose lease another node took meanwhile.
   */
  public boolean renewInTransaction(String lease, Duration duration) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement renew = connection.prepareStatement(RENEW)) {
      renew.setLong(1, micros(duration));
      renew.setString(2, lease);
      renew.setString(3, node.name());
      return renew.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new PersistenceException("cannot renew the lease " + lease, e);
    }
  }

  /** Gives the lease up, if this node holds it, so that another node may take it at once. */
  public void release(String lease) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setString(1, lease);
      release.setString(2, node.name());
      release.executeUpdate();
    } catch (SQLException e) {
      LOG.warning("cannot release the lease " + lease + "; it expires by itself: " + e);
    }
  }

  private void ensureTable(Connection connection) throws SQLException {
    if (!tableReady) {
      try (Statement create = connection.createStatement()) {
        create.execute(CREATE_TABLE);
      }
      tableReady = true;
    }
  }

  private static long micros(Duration duration) {
    return duration.toNanos() / 1000;
  }
}
