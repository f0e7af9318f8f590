package org.healthcode.platform.cluster;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import org.healthcode.platform.error.HealthCodeException;

/**
 * Runs a transaction again when it lost a conflict on the cluster (docs/adr/0023): around the JTA
 * interceptor, so each attempt is a whole new transaction, and only where the transaction begins (a
 * call inside one, or inside another retried call, passes through). At most {@link
 * Conflicts#MAX_ATTEMPTS} attempts; then, as for a lost database connection, the caller gets
 * TRY_AGAIN instead of INTERNAL.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

  private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

  /** Set while a retried call runs on this thread: calls inside it leave retrying to it. */
  private static final ThreadLocal<Boolean> RETRYING = new ThreadLocal<>();

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object retry(InvocationContext invocation) throws Exception {
    if (RETRYING.get() != null
        || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return invocation.proceed();
    }
    RETRYING.set(Boolean.TRUE);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return invocation.proceed();
        } catch (HealthCodeException refusal) {
          throw refusal;
        } catch (Exception | Error failure) {
          if (Conflicts.isConflict(failure) && attempt < Conflicts.MAX_ATTEMPTS) {
            int failed = attempt;
            LOG.fine(() -> invocation.getMethod() + ": conflict on attempt " + failed);
            Conflicts.pause(attempt);
            continue;
          }
          if (Conflicts.isConflict(failure) || Conflicts.isConnectionLoss(failure)) {
            LOG.warning(
                invocation.getMethod().getDeclaringClass().getSimpleName()
                    + "."
                    + invocation.getMethod().getName()
                    + " answered TRY_AGAIN after "
                    + attempt
                    + " attempt(s): "
                    + failure);
            throw Conflicts.tryAgain(failure);
          }
          throw failure;
        }
      }
    } finally {
      RETRYING.remove();
    }
  }
}
