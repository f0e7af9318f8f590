package org.healthcode.status.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the status module's periodic work every {@code healthcode.status.timer-interval}: pending
 * declaration reviews, observation timers, notification delivery. Every node runs it; the row locks
 * (SKIP LOCKED) keep nodes from doing the same work twice. The first run is one interval after
 * start and catches up on whatever fell due during downtime.
 */
@ApplicationScoped
public class StatusJobs {

  private static final Logger LOG = Logger.getLogger(StatusJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject StatusSettings settings;
  @Inject DeclarationReviews reviews;
  @Inject ObservationTimers timers;
  @Inject NotificationDelivery delivery;

  private ScheduledFuture<?> running;

  /** Set when the application stops: a round already under way ends without starting more work. */
  private volatile boolean stopped;

  /**
   * After the migrations (which also run at Startup), one interval later and then every interval.
   */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    long interval = settings.timerInterval().toMillis();
    running =
        scheduler.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** One round of every job; a failing job is logged and tried again next round. */
  public void runOnce() {
    if (stopped) {
      return;
    }
    run("pending reviews", () -> reviews.sweep(DeclarationReviews.SWEEP_BATCH));
    run("observation timers", timers::sweep);
    run("notification delivery", delivery::deliver);
  }

  private void run(String job, IntSupplier work) {
    if (stopped) {
      return;
    }
    try {
      int done = work.getAsInt();
      if (done > 0) {
        LOG.info(() -> job + ": " + done);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, job + " failed; next round tries again", e);
    }
  }
}
