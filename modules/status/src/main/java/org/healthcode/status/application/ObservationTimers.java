package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.domain.HealthCodeRepository;
import org.healthcode.status.domain.ObservationTimer;
import org.healthcode.status.domain.Transition;

/**
 * Ends the ORANGE observations that are over. The due codes are locked for the sweep's transaction
 * (SKIP LOCKED), so two nodes sweeping at once never fire the same timer; anything that fell due
 * while no node ran fires on the first sweep.
 */
@ApplicationScoped
public class ObservationTimers {

  static final int BATCH = 100;

  @Inject HealthCodeRepository codes;
  @Inject CodeChanges changes;
  @Inject DynamicManagement rules;
  @Inject Transactions transactions;
  @Inject StatusSettings settings;

  /** Fires every due timer; returns how many codes turned GREEN. */
  public int sweep() {
    int fired = 0;
    int batch;
    do {
      int[] counts =
          transactions.retrying(
              () -> {
                int found = 0;
                int turned = 0;
                for (ObservationTimer timer :
                    codes.dueObservationTimers(settings.clock().instant(), BATCH)) {
                  found++;
                  Transition transition =
                      changes.change(timer.person(), code -> rules.endObservation(code, timer));
                  turned += transition.changed() ? 1 : 0;
                }
                return new int[] {found, turned};
              });
      batch = counts[0];
      fired += counts[1];
    } while (batch == BATCH && fired > 0);
    return fired;
  }
}
