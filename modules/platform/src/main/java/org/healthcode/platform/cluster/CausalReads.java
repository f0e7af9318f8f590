package org.healthcode.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads that must see every write the cluster committed before them (docs/adr/0023). A Galera node
 * applies other nodes' writes a moment after they commit; a read on it may not see them yet. Asked
 * first in a transaction, {@link #catchUp} waits until this database node has applied everything
 * committed so far, and the transaction's consistent reads then start from there. On a single
 * server it costs a trivial statement.
 */
@ApplicationScoped
public class CausalReads {

  private static final Logger LOG = Logger.getLogger(CausalReads.class.getName());

  // MariaDB's per-statement variable: waits for the node to catch up before this one read
  private static final String CATCH_UP = "SET STATEMENT wsrep_sync_wait = 1 FOR SELECT 1";

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  private volatile boolean unsupported;

  /**
   * In the caller's transaction, before its first read: waits until this database node has applied
   * every write committed anywhere in the cluster before now.
   */
  public void catchUp() {
    if (unsupported) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CATCH_UP);
    } catch (SQLException e) {
      if (e.getErrorCode() == 1193 || e.getErrorCode() == 1064) {
        // unknown variable or syntax: a server without Galera support, nothing to wait for
        unsupported = true;
        LOG.info("the database has no wsrep_sync_wait: reads need no catching up");
        return;
      }
      throw new jakarta.persistence.PersistenceException("cannot catch up with the cluster", e);
    }
  }
}
