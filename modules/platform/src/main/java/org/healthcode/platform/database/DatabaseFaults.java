package org.healthcode.platform.database;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Recognises a failure of the database (refused, lost, timed out) among the exceptions a request
 * meets, so that an operation can answer with its documented code instead of INTERNAL (ADR 19).
 */
public final class DatabaseFaults {

  private DatabaseFaults() {}

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
