package org.healthcode.venue.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.jobs.PeriodicJobs;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.venue.domain.CheckInDay;
import org.healthcode.venue.domain.CheckInPartitions;
import org.healthcode.venue.domain.JobSchedule;
import org.healthcode.venue.domain.RecordedCheckIns;

/**
 * Deletes check-ins once their day is older than the retention (DESIGN §5, §8; 28 days by default;
 * {@link org.healthcode.venue.domain.RetentionPolicy}); the hourly counts stay. Every node looks
 * every {@code healthcode.venue.retention-interval}, but the purge runs on one node at a time and
 * once per interval across all of them: a node runs it only while it holds the job's lease
 * (docs/adr/0023) and the job is due, then sets when it is due next.
 *
 * <p>Check-ins are partitioned by city day (docs/adr/0042): a run first creates the partitions of
 * the next {@link #DAYS_AHEAD} days, then drops the partitions of expired days whole, then deletes
 * in batches, each committed on its own, the few expired rows left in a kept partition (a late
 * upload, a row moved there by an update).
 */
@ApplicationScoped
public class CheckInRetention {

  static final String JOB = "check-in-retention";

  /** Long enough for the longest run; a holder that dies lets another node run it after this. */
  static final Duration LEASE = Duration.ofMinutes(30);

  static final int BATCH = 5_000;

  /** Days ahead that have their partition, so a stopped job leaves days of margin. */
  static final int DAYS_AHEAD = 3;

  /** At most this many batches a run; a run that stops there is due again at once. */
  static final int MAX_BATCHES = 200;

  @Inject PeriodicJobs periodicJobs;
  @Inject JobSchedule jobs;
  @Inject Leases leases;
  @Inject RecordedCheckIns scans;
  @Inject CheckInPartitions partitions;
  @Inject VenueSettings settings;
  @Inject CallerContext callerContext;
  @Inject CheckInRetention self;

  private PeriodicJobs.Schedule running;
  private volatile boolean stopped;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    running =
        periodicJobs.every(
            settings.retentionInterval(),
            () -> CallerContext.run(Caller.system(JOB), this::runIfDue));
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (running != null) {
      running.stop();
    }
  }

  /** For operators: purges now whether or not it is due (still one node at a time). */
  public int purgeNow() {
    callerContext.requireAnyOf(Role.ADMIN);
    Integer deleted = self.purge(true);
    return deleted == null ? 0 : deleted;
  }

  private void runIfDue() {
    if (stopped) {
      return;
    }
    periodicJobs.measured(
        JOB,
        () -> {
          Integer deleted = self.purge(false);
          return deleted == null ? 0 : deleted;
        });
  }

  /**
   * One run while holding the job's lease: how many check-ins it deleted, or null when another node
   * holds the job or (unless {@code evenIfNotDue}) it is not due.
   */
  public Integer purge(boolean evenIfNotDue) {
    String lease = "venue." + JOB;
    if (!leases.tryTake(lease, LEASE)) {
      return null;
    }
    try {
      Instant now = settings.clock().instant();
      if (!evenIfNotDue && !self.isDue(now)) {
        return null;
      }
      CheckInDay firstKept = settings.retention().firstKeptDay(now);
      partitions.createUpTo(CheckInDay.of(now).plusDays(DAYS_AHEAD));
      long deleted = 0;
      int dropped = 0;
      for (CheckInPartitions.DayPartition partition : partitions.days()) {
        if (partition.day().epochDay() >= firstKept.epochDay() || stopped) {
          break;
        }
        deleted += partitions.count(partition);
        partitions.drop(partition);
        dropped++;
      }
      int batches = 0;
      int last;
      do {
        last = self.deleteBatch(firstKept);
        deleted += last;
        batches++;
      } while (last == BATCH && batches < MAX_BATCHES && !stopped);
      boolean more = last == BATCH;
      self.finish(
          now,
          more ? now : now.plus(settings.retentionInterval()),
          deleted
              + " check-ins before "
              + firstKept.date()
              + " deleted, "
              + dropped
              + " day partitions dropped"
              + (more ? ", more to do" : ""));
      return (int) Math.min(Integer.MAX_VALUE, deleted);
    } finally {
      leases.release(lease);
    }
  }

  @Transactional
  public boolean isDue(Instant now) {
    return jobs.isDue(JOB, now);
  }

  @Transactional
  public void finish(Instant ranAt, Instant nextRunAt, String result) {
    jobs.finish(JOB, ranAt, nextRunAt, result);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteBatch(CheckInDay firstKept) {
    return scans.deleteDaysBefore(firstKept, BATCH);
  }
}
