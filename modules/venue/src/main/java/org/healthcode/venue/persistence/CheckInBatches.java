package org.healthcode.venue.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.healthcode.platform.cluster.ClusterNode;

/** Opens {@link JdbcCheckInBatch}es on the application's data source, outside any transaction. */
@ApplicationScoped
public class CheckInBatches {

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject ClusterNode node;

  public JdbcCheckInBatch open() {
    try {
      Connection connection = dataSource.getConnection();
      try {
        return new JdbcCheckInBatch(connection, node.slot());
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot open a batch of scans", e);
    }
  }
}
