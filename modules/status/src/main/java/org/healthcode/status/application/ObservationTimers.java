package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.domain.HealthCodeRepository;
import org.healthcode.status.domain.ObservationTimer;

/**
 * Ends the ORANGE observations that are over. Each code is locked while its timer fires (SKIP
 * LOCKED), so two nodes sweeping at once never fire the same timer; anything that fell due while no
 * node ran fires on the first sweep. A code held by an open manual review (ADR 19) has no due
 * timer: its timer waits for the reviewer's decision, which sets the colour itself.
 */
@ApplicationScoped
public class ObservationTimers {

  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(ObservationTimers.class.getName());

  @Inject HealthCodeRepository codes;
  @Inject CodeChanges changes;
  @Inject DynamicManagement rules;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;

  /**
   * Fires every due timer, each in a transaction of its own that locks the code row first: a runner
   * that finds it locked skips it, one that comes later finds it no longer due, and one timer that
   * fails does not hold up the others. Returns how many codes turned GREEN.
   */
  public int sweep() {
    Instant now = settings.clock().instant();
    List<ObservationTimer> due =
        transactions.retrying(() -> codes.dueObservationTimers(now, BATCH));
    int fired = 0;
    for (ObservationTimer timer : due) {
      try {
        fired += fire(timer, now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "observation timer of " + timer.person() + " failed", e);
      }
    }
    return due.size() == BATCH && fired > 0 ? fired + sweep() : fired;
  }

  private boolean fire(ObservationTimer timer, Instant now) {
    return transactions.retrying(
        () ->
            codes.lockIfDue(timer.person(), now)
                && changes
                    .change(timer.person(), code -> rules.endObservation(code, timer))
                    .changed());
  }
}
