package org.healthcode.platform.database;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.healthcode.platform.cluster.Conflicts;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;

/**
 * Recognises a failure of the database (refused, lost, timed out) among the exceptions a request
 * meets, so that an operation can answer with its documented code instead of INTERNAL (ADR 19).
 */
public final class DatabaseFaults {

  /** The message of {@code DATABASE_UNAVAILABLE} (docs/adr/0035). */
  public static final String UNAVAILABLE_MESSAGE =
      "The database cannot be reached at the moment; nothing was done. Please try again shortly";

  private DatabaseFaults() {}

  /** The refusal for an operation that could not be done because the database failed (ADR 35). */
  public static HealthCodeException unavailable(Throwable cause) {
    HealthCodeException refusal =
        new HealthCodeException(ErrorCodes.DATABASE_UNAVAILABLE, UNAVAILABLE_MESSAGE);
    refusal.initCause(cause);
    return refusal;
  }

  /**
   * A failure of the database itself, which a fallback may answer for: a JDBC or JPA failure, but
   * not a conflict (1213 / 40001), which rolled back cleanly and is run again by {@code
   * ConflictRetry} (docs/adr/0023). A conflict counted as an outage would end a request that one
   * more attempt completes: two nodes issuing codes at once on a Galera cluster met one.
   */
  public static boolean isOutage(Throwable failure) {
    return isDatabaseFault(failure) && !Conflicts.isConflict(failure);
  }

  /** A JDBC or JPA failure anywhere in the cause chain. */
  public static boolean isDatabaseFault(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException || cause instanceof PersistenceException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
