package org.healthcode.platform.cluster;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;

/**
 * What a database failure means for the caller (docs/adr/0023). On a Galera cluster two nodes that
 * change the same row at once do not wait for each other: one commits and the other fails, at
 * commit or at its next statement, with MariaDB error 1213, SQL state 40001 (a certification
 * failure or brute-force abort), also where a single server would have given a duplicate key. Such
 * a transaction was rolled back entirely, so running it again is safe and sees the winner's write.
 * A lost connection (a database node died) is not retried here: the commit may have happened.
 */
public final class Conflicts {

  /** Attempts of one unit of work, the first included, before giving up with TRY_AGAIN. */
  public static final int MAX_ATTEMPTS = 5;

  private Conflicts() {}

  /** Whether the failure is a conflict that rolled the transaction back (1213 / 40001). */
  public static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Whether the failure is the loss of the database connection (its node died or is out). */
  public static boolean isConnectionLoss(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * The error a client gets when a write kept conflicting or its database node went away: nothing
   * of the failure's text, a code that says to send the same request again.
   */
  public static HealthCodeException tryAgain(Throwable failure) {
    HealthCodeException refusal =
        new HealthCodeException(
            ErrorCodes.TRY_AGAIN,
            isConflict(failure)
                ? "The change met concurrent changes of the same data; send it again"
                : "The database did not answer; send the request again");
    refusal.initCause(failure);
    return refusal;
  }

  /** A short random pause before attempt {@code attempt + 1}, so that retries do not collide. */
  public static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt + 3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
