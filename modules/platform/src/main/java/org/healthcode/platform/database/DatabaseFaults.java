package org.healthcode.platform.database;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
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
