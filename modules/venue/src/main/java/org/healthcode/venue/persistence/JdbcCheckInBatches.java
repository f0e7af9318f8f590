package org.healthcode.venue.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.healthcode.platform.cluster.ClusterNode;
import org.healthcode.venue.domain.CheckInBatch;
import org.healthcode.venue.domain.CheckInBatches;

/** Opens {@link JdbcCheckInBatch}es on the application's data source, outside any transaction. */
@ApplicationScoped
public class JdbcCheckInBatches implements CheckInBatches {

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject ClusterNode node;

  @Override
  public CheckInBatch open() {
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
