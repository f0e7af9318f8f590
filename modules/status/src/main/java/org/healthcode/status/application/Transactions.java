package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.healthcode.platform.cluster.Conflicts;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.StatusErrorCodes;
import org.healthcode.status.domain.ConcurrentUpdateException;

/**
 * Runs work that changes codes in a transaction of its own, again in a fresh transaction when a
 * concurrent change got in first (on this node, or on another node of the cluster, where it shows
 * as a conflict at commit, docs/adr/0023): the work then re-reads the code, so both changes are
 * recorded.
 */
@ApplicationScoped
public class Transactions {

  static final int MAX_ATTEMPTS = 8;

  private static final Logger LOG = Logger.getLogger(Transactions.class.getName());

  @Inject Transactions self;

  /** The work's result; CONCURRENT_UPDATE if every attempt met a concurrent change. */
  public <T> T retrying(Supplier<T> work) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return self.inNewTransaction(work);
      } catch (RuntimeException e) {
        if (!(e instanceof ConcurrentUpdateException) && !Conflicts.isConflict(e)) {
          throw e;
        }
        last = e;
        LOG.fine(() -> "attempt failed on a concurrent change, retrying: " + e.getMessage());
        pause(attempt);
      }
    }
    HealthCodeException refusal =
        new HealthCodeException(
            StatusErrorCodes.CONCURRENT_UPDATE, "the code kept changing meanwhile; try again");
    refusal.initCause(last);
    throw refusal;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }

  /** A short random pause, so that retrying writers do not collide in step. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(5, 20 * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
