package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import jakarta.persistence.PersistenceException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class DatabaseRefusalTest {

  private static ExceptionWhileDataFetching raisedByResolver(Throwable failure) {
    return new ExceptionWhileDataFetching(
        ResultPath.parse("/scan"), failure, new SourceLocation(1, 1));
  }

  @Test
  void databaseRefusal_OfAConflictNoRetryRanAgain_AsksForTheSameRequestAgain() {
    PersistenceException deadlock =
        new PersistenceException(
            "could not execute statement",
            new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; person 42", "40001", 1213));

    HealthCodeException refusal = GraphQLEndpoint.databaseRefusal(raisedByResolver(deadlock)).get();

    assertThat(refusal.code()).isEqualTo(ErrorCodes.TRY_AGAIN);
    assertThat(refusal.getMessage()).doesNotContain("Deadlock", "42", "Exception");
  }

  @Test
  void databaseRefusal_OfALostConnection_SaysTheDatabaseIsUnavailable() {
    PersistenceException lost =
        new PersistenceException(
            "unable to acquire connection",
            new SQLNonTransientConnectionException("Connection refused to 10.0.0.7", "08000"));

    HealthCodeException refusal = GraphQLEndpoint.databaseRefusal(raisedByResolver(lost)).get();

    assertThat(refusal.code()).isEqualTo(ErrorCodes.DATABASE_UNAVAILABLE);
    assertThat(refusal.getMessage()).doesNotContain("10.0.0.7", "refused");
  }

  @Test
  void databaseRefusal_OfAFailureOutsideTheDatabase_IsNone() {
    assertThat(
            GraphQLEndpoint.databaseRefusal(
                raisedByResolver(new IllegalStateException("not the database"))))
        .isEmpty();
  }
}
