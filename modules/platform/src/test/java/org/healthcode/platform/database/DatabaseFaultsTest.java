package org.healthcode.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

  @Test
  void isOutage_ForALostConnectionUnderJpa_IsTrue() {
    RuntimeException lost =
        new jakarta.persistence.PersistenceException(
            new SQLTransientConnectionException("connection refused", "08000"));

    assertThat(DatabaseFaults.isOutage(lost)).isTrue();
  }

  @Test
  void isOutage_ForADeadlockUnderJpa_IsFalseThoughItIsADatabaseFault() {
    // as Hibernate wrapped the Galera deadlock of an INSERT INTO status_code_feed
    RuntimeException deadlock =
        new OptimisticLockException(
            new SQLException("Deadlock found when trying to get lock", "40001", 1213));

    assertThat(DatabaseFaults.isDatabaseFault(deadlock)).isTrue();
    assertThat(DatabaseFaults.isOutage(deadlock)).isFalse();
  }

  @Test
  void isOutage_ForAFailureOutsideTheDatabase_IsFalse() {
    assertThat(DatabaseFaults.isOutage(new IllegalStateException("no"))).isFalse();
  }
}
