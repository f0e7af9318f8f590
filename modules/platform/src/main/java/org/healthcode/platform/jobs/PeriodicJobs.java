package org.healthcode.platform.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.platform.observability.Metrics;

/**
 * The one skeleton of the modules' periodic work (docs/adr/0039): a round every interval on the
 * server's managed scheduler, the first one interval after start, stopped with the application; and
 * a measured run of one job, its duration and failures at {@code /metrics} ({@link
 * Metrics#jobRuns}), a failure logged and left for the next round. Which node runs a round (a
 * lease) stays the job's own decision.
 */
@ApplicationScoped
public class PeriodicJobs {

  private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Metrics metrics;

  /** A running schedule; {@link #stop} lets a round under way finish and starts no more. */
  public static final class Schedule {
    private final ScheduledFuture<?> future;

    private Schedule(ScheduledFuture<?> future) {
      this.future = future;
    }

    public void stop() {
      future.cancel(false);
    }
  }

  /** Runs {@code round} one interval from now and then an interval after each round ends. */
  public Schedule every(Duration interval, Runnable round) {
    long millis = interval.toMillis();
    return new Schedule(
        scheduler.scheduleWithFixedDelay(round, millis, millis, TimeUnit.MILLISECONDS));
  }

  /** Runs {@code work} now, off the calling thread. */
  public void soon(Runnable work) {
    scheduler.execute(work);
  }

  /**
   * One run of the job, timed; a failure is counted and logged and the next round tries again. The
   * number of things it did is logged when positive.
   */
  public void measured(String job, IntSupplier work) {
    long start = System.nanoTime();
    try {
      int done = work.getAsInt();
      metrics.jobRuns(job).record(System.nanoTime() - start);
      if (done > 0) {
        LOG.info(() -> job + ": " + done);
      }
    } catch (RuntimeException e) {
      metrics.jobRuns(job).record(System.nanoTime() - start);
      metrics.jobFailures(job).increment();
      LOG.log(Level.WARNING, job + " failed; next round tries again", e);
    }
  }
}
