package org.healthcode.status.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.jobs.PeriodicJobs;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.status.application.code.OfflineCodeService;

/**
 * Runs the status module's periodic work every {@code healthcode.status.timer-interval}: pending
 * declaration reviews, observation timers, notification delivery. Every node tries; the node that
 * holds the lease {@value #LEASE} does it (docs/adr/0023), renewing it each round, and another node
 * takes over once a holder that died lets it expire. Each timer and review is moreover applied by a
 * write that certification arbitrates (the code's version, the pending row's removal), so even two
 * sweeps at once never apply one twice. The first run is one interval after start and catches up on
 * whatever fell due during downtime.
 */
@ApplicationScoped
public class StatusJobs {

  /** The lease of the node that runs the jobs. */
  public static final String LEASE = "status-jobs";

  private static final Logger LOG = Logger.getLogger(StatusJobs.class.getName());

  /** Who the jobs run as: a colour they change asks identity for the person (docs/adr/0044). */
  private static final Caller SYSTEM = Caller.system(LEASE);

  @Inject PeriodicJobs jobs;
  @Inject StatusSettings settings;
  @Inject DeclarationReviews reviews;
  @Inject ObservationTimers timers;
  @Inject NotificationDelivery delivery;
  @Inject Leases leases;
  @Inject OfflineCodeService offlineCodes;

  private PeriodicJobs.Schedule running;

  /** Set when the application stops: a round already under way ends without starting more work. */
  private volatile boolean stopped;

  /**
   * After the migrations (which also run at Startup), one interval later and then every interval.
   */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    running = jobs.every(settings.timerInterval(), () -> CallerContext.run(SYSTEM, this::runOnce));
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (running != null) {
      running.stop();
    }
    leases.release(LEASE);
  }

  /** How long a holder keeps the lease without renewing it: three rounds, at least 10 s. */
  Duration leaseDuration() {
    Duration threeRounds = settings.timerInterval().multipliedBy(3);
    return threeRounds.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : threeRounds;
  }

  /**
   * One round of every job, if this node holds the lease; a failing job is logged and tried again
   * next round.
   */
  public void runOnce() {
    if (stopped) {
      return;
    }
    try {
      if (!leases.tryTake(LEASE, leaseDuration())) {
        return; // another node runs the jobs
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot take the status jobs' lease; next round tries again", e);
      return;
    }
    run("pending reviews", () -> reviews.sweep(DeclarationReviews.SWEEP_BATCH));
    run("observation timers", timers::sweep);
    run("notification delivery", delivery::deliver);
    run("offline feed retention", offlineCodes::purgeFeed);
  }

  private void run(String job, IntSupplier work) {
    if (stopped) {
      return;
    }
    jobs.measured(job, work);
  }
}
