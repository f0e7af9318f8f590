package org.healthcode.platform.graphql;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.transformation.TransformException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The one log line per failed field (issue 19, finding 7; docs/adr/0016). SmallRye's own logging of
 * data fetcher exceptions is off ({@code smallrye.graphql.printDataFetcherException=false}): it
 * wrote every refusal at ERROR with a stack trace of some 60 frames, about 6 KB of log for a
 * 40-byte unauthenticated request. Here an expected refusal (a {@link HealthCodeException} without
 * a cause, or an argument that is not of its type) is one short line without the message's details:
 * INFO for refusals of access (someone may be probing), FINE for the rest. A fault on our side (any
 * other exception, or a refusal caused by one) keeps its stack trace at SEVERE.
 */
public class FieldErrorLog implements EventingService {

  private static final Logger LOG = Logger.getLogger(FieldErrorLog.class.getName());

  private static final Set<String> ACCESS_REFUSALS =
      Set.of(ErrorCodes.UNAUTHENTICATED, ErrorCodes.FORBIDDEN);

  @Override
  public String getConfigKey() {
    return null; // always on
  }

  @Override
  public void errorDataFetch(Context context, Throwable error) {
    String field = context == null ? "?" : context.getPath();
    log(field, error);
  }

  static void log(String field, Throwable error) {
    Throwable cause = unwrapped(error);
    if (cause instanceof HealthCodeException refusal && refusal.getCause() == null) {
      Level level = ACCESS_REFUSALS.contains(refusal.code()) ? Level.INFO : Level.FINE;
      LOG.log(level, () -> "Refused " + field + ": " + refusal.code());
    } else if (cause instanceof TransformException) {
      LOG.fine(() -> "Refused " + field + ": " + ErrorCodes.INVALID_QUERY);
    } else {
      LOG.log(Level.SEVERE, "Failed " + field, error);
    }
  }

  /** The exception a proxy or reflective call wrapped around ours. */
  private static Throwable unwrapped(Throwable error) {
    Throwable current = error;
    for (int i = 0; i < 5 && current != null; i++) {
      if (current instanceof HealthCodeException || current instanceof TransformException) {
        return current;
      }
      current = current.getCause();
    }
    return error;
  }
}
