package org.healthcode.venue.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.healthcode.venue.domain.CheckInDay;
import org.healthcode.venue.domain.CheckInPartitions;

/**
 * The day partitions of venue_check_in (docs/adr/0042, migration V10): {@code p_old} below the
 * first day, one {@code dYYYYMMDD} per city day, {@code p_future} above the last. DDL commits on
 * its own, so it runs on a connection of its own outside any transaction; on a Galera cluster it
 * runs under TOI on every node at once, which is why the caller holds the retention lease.
 */
@ApplicationScoped
public class JdbcCheckInPartitions implements CheckInPartitions {

  static final String OLDEST = "p_old";
  static final String FUTURE = "p_future";
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'d'yyyyMMdd");

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Override
  public List<DayPartition> days() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT PARTITION_NAME, PARTITION_DESCRIPTION FROM information_schema.PARTITIONS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'venue_check_in'"
                    + " AND PARTITION_NAME NOT IN ('"
                    + OLDEST
                    + "', '"
                    + FUTURE
                    + "') ORDER BY PARTITION_ORDINAL_POSITION");
        ResultSet rows = select.executeQuery()) {
      List<DayPartition> days = new ArrayList<>();
      while (rows.next()) {
        long lessThan = Long.parseLong(rows.getString(2));
        days.add(new DayPartition(rows.getString(1), new CheckInDay(lessThan - 1)));
      }
      return days;
    } catch (SQLException e) {
      throw new PersistenceException("cannot read the check-in partitions", e);
    }
  }

  @Override
  public int createUpTo(CheckInDay last) {
    List<DayPartition> days = days();
    long from = days.isEmpty() ? last.epochDay() : days.getLast().day().epochDay() + 1;
    if (from > last.epochDay()) {
      return 0;
    }
    StringBuilder ddl =
        new StringBuilder("ALTER TABLE venue_check_in REORGANIZE PARTITION ")
            .append(FUTURE)
            .append(" INTO (");
    for (long day = from; day <= last.epochDay(); day++) {
      ddl.append("PARTITION ")
          .append(new CheckInDay(day).date().format(NAME))
          .append(" VALUES LESS THAN (")
          .append(day + 1)
          .append("), ");
    }
    ddl.append("PARTITION ").append(FUTURE).append(" VALUES LESS THAN MAXVALUE)");
    execute(ddl.toString());
    return (int) (last.epochDay() - from + 1);
  }

  @Override
  public long count(DayPartition partition) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM venue_check_in PARTITION (" + partition.name() + ")")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new PersistenceException("cannot count the check-ins of " + partition.day(), e);
    }
  }

  @Override
  public void drop(DayPartition partition) {
    execute("ALTER TABLE venue_check_in DROP PARTITION " + partition.name());
  }

  private void execute(String ddl) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(ddl);
    } catch (SQLException e) {
      throw new PersistenceException("cannot change the check-in partitions", e);
    }
  }
}
