package org.healthcode.venue.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.platform.cluster.Conflicts;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.venue.api.VenueErrorCodes;
import org.healthcode.venue.domain.CheckInBatch;
import org.healthcode.venue.domain.CheckInBatches;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanHours;

/**
 * Records gate scans by group commit (docs/adr/0015): a scan waits while a writer thread puts the
 * scans that arrived together into one transaction (one multi-row insert of the check-ins, one
 * upsert of their venues' hours, one commit) and is answered only once that commit is durable. The
 * database then commits once per batch instead of once per scan, which is what lets one node take a
 * morning rush. What is recorded, and the one-answer-per-scan rule, are those of {@link CheckIns}:
 * a batch that holds a repetition (its insert took fewer rows than it has scans) is rolled back and
 * written again scan by scan through {@link OneAnswerPerScan}.
 */
@ApplicationScoped
public class ScanRecorder {

  /** Scans per transaction at most: a rush of 32 gates at once fits in one or two. */
  static final int MAX_BATCH = 64;

  /**
   * The documented bound (README, ADR 19): from the moment a scan arrives, a gate gets its answer
   * or SCAN_NOT_RECORDED within this long, however the database fails.
   */
  public static final long WAIT_SECONDS = 10;

  /**
   * Kept from the bound for the way back, so that the gate has its answer within it: with 500 ms
   * the fault runs on a machine at load 30 saw 1 to 2 answers in about 1,400 arrive 10 to 62 ms
   * late (README, "Database faults").
   */
  static final long ANSWER_MARGIN_MILLIS = 1_000;

  private static final Logger LOG = Logger.getLogger(ScanRecorder.class.getName());

  private record Pending(
      RecordedScan scan,
      EntryPointPlace place,
      CompletableFuture<GateDecision> answer,
      long queuedAt) {}

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject CheckInBatches batches;
  @Inject Metrics metrics;

  private Metrics.Distribution batchSizes;
  private Metrics.Timing queueWait;

  private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(8 * 1024);

  /**
   * One writer: the batches grow with the load (each waits for the previous commit), so the
   * database commits less often; a batch of 64 takes a few milliseconds.
   */
  private Thread writer;

  private volatile boolean stopped;

  private final ConflictCount conflicts = new ConflictCount();

  @PostConstruct
  void start() {
    batchSizes =
        metrics.histogram(
            "healthcode_scan_batch_size", "Scans written and committed together (group commit)");
    queueWait =
        metrics.timer(
            "healthcode_scan_queue_wait",
            "Time a scan waited for the writer before its batch was written");
    metrics.gauge(
        "healthcode_scan_queue_length", "Scans waiting for the writer now", waiting::size);
    writer = threads.newThread(this::write);
    writer.setName("scan-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @PreDestroy
  void stop() {
    stopped = true;
    writer.interrupt();
    Pending left;
    while ((left = waiting.poll()) != null) {
      left.answer().completeExceptionally(notRecorded("the server is stopping"));
    }
  }

  /**
   * Records the scan (once per key) and counts it in its venue's hour; returns the answer to give,
   * the first scan's for a repetition. SCAN_NOT_RECORDED if it could not be made durable in time.
   */
  public GateDecision record(RecordedScan scan, EntryPointPlace place) {
    return record(scan, place, System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS));
  }

  /**
   * As {@link #record(RecordedScan, EntryPointPlace)}, answering by the deadline ({@link
   * System#nanoTime()}) set when the scan arrived, so that the reads before it count against the
   * bound too.
   */
  public GateDecision record(RecordedScan scan, EntryPointPlace place, long deadlineNanos) {
    Pending pending = new Pending(scan, place, new CompletableFuture<>(), System.nanoTime());
    try {
      if (stopped || !waiting.offer(pending, remaining(deadlineNanos), TimeUnit.NANOSECONDS)) {
        throw notRecorded("too many scans are waiting to be recorded");
      }
      return pending.answer().get(remaining(deadlineNanos), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw notRecorded("interrupted");
    } catch (TimeoutException e) {
      // it may still be recorded; a retry under the same scan id then gets its answer
      throw notRecorded("the database did not confirm it in time");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A writer thread: takes what is waiting, up to a batch, and writes it, until stopped. It keeps
   * its connection from batch to batch (no pool round trip, no autocommit switching per batch) and
   * opens a new one after a failure.
   */
  private void write() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    CheckInBatch connection = null;
    try {
      while (!stopped) {
        try {
          batch.add(waiting.take());
        } catch (InterruptedException e) {
          return;
        }
        waiting.drainTo(batch, MAX_BATCH - 1);
        long taken = System.nanoTime();
        for (Pending pending : batch) {
          queueWait.record(taken - pending.queuedAt());
        }
        batchSizes.record(batch.size());
        connection = write(batch, connection);
        batch.clear();
      }
    } finally {
      closeQuietly(connection);
    }
  }

  /**
   * Writes the batch and answers its scans; returns the connection to go on with, if any. A batch
   * that fails is written again, on a new connection, up to {@link Conflicts#MAX_ATTEMPTS} times
   * when that can help: a conflict with another node's write (docs/adr/0023), a lock timeout, or a
   * lost connection (a database node died; the driver goes on with the next one). Writing a batch
   * again is safe even if it was committed: a repetition answers the same.
   */
  private CheckInBatch write(List<Pending> batch, CheckInBatch connection) {
    for (int attempt = 1; ; attempt++) {
      boolean kept = connection != null;
      try {
        if (connection == null) {
          connection = batches.open();
        }
        writeOnce(batch, connection).forEach(Runnable::run);
        return connection;
      } catch (RuntimeException e) {
        closeQuietly(connection); // rolls back; the connection may be broken, so not reused
        connection = null;
        boolean conflict = Conflicts.isConflict(e);
        if (conflict) {
          conflicts.add(batch.size());
        }
        if (attempt < Conflicts.MAX_ATTEMPTS
            && (kept || conflict || isLockTimeout(e) || Conflicts.isConnectionLoss(e))) {
          if (!kept) {
            Conflicts.pause(attempt);
          }
          continue;
        }
        LOG.log(Level.SEVERE, "a batch of " + batch.size() + " scans could not be recorded", e);
        // the failure stays in the log: a gate is told only that the database failed
        batch.forEach(
            pending -> pending.answer().completeExceptionally(notRecorded("the database failed")));
        return null;
      }
    }
  }

  /**
   * Writes and commits the batch; returns, per scan, the completion of its answer, to run once the
   * commit is done: its decision, or the refusal of a repetition (SCAN_ID_REUSED), which leaves
   * nothing written for it.
   */
  private static List<Runnable> writeOnce(List<Pending> batch, CheckInBatch transaction) {
    List<Runnable> answers = new ArrayList<>(batch.size());
    List<ScanHours.Increment> counted = new ArrayList<>(batch.size());
    if (transaction.insertAll(batch.stream().map(Pending::scan).toList()) == batch.size()) {
      for (Pending pending : batch) {
        GateDecision decision = pending.scan().decision();
        answers.add(() -> pending.answer().complete(decision));
        counted.add(increment(pending, decision));
      }
    } else {
      transaction.rollback();
      OneAnswerPerScan oneAnswer = new OneAnswerPerScan(transaction);
      for (Pending pending : batch) {
        try {
          OneAnswerPerScan.Answer answer = oneAnswer.answer(pending.scan());
          answers.add(() -> pending.answer().complete(answer.decision()));
          if (answer.recordedNow()) {
            counted.add(increment(pending, answer.decision()));
          }
        } catch (HealthCodeException refused) {
          answers.add(() -> pending.answer().completeExceptionally(refused));
        }
      }
    }
    transaction.addToHours(counted);
    transaction.commit();
    return answers;
  }

  private static void closeQuietly(CheckInBatch connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "closing a broken scan writer connection", e);
    }
  }

  private static ScanHours.Increment increment(Pending pending, GateDecision decision) {
    return ScanHours.Increment.of(pending.place(), pending.scan().at(), decision.outcome());
  }

  /** A lock wait timeout (MariaDB error 1205). */
  private static boolean isLockTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == 1205) {
        return true;
      }
    }
    return false;
  }

  /**
   * Batches written again after a conflict with another node, logged at most once a minute: with
   * the hot rows gone (docs/adr/0023) they should be a small fraction of the scans.
   */
  private static final class ConflictCount {
    private long batches;
    private long scans;
    private long totalScans;
    private long loggedAt = System.nanoTime();

    synchronized void add(int batchSize) {
      batches++;
      scans += batchSize;
      totalScans += batchSize;
      if (System.nanoTime() - loggedAt > 60_000_000_000L) {
        LOG.info(
            "scan writer: "
                + batches
                + " batches ("
                + scans
                + " scans) written again after a conflict since the last report; "
                + totalScans
                + " scans since start");
        batches = 0;
        scans = 0;
        loggedAt = System.nanoTime();
      }
    }
  }

  /**
   * The moment ({@link System#nanoTime()}) by which a scan arriving now is answered: the bound less
   * {@link #ANSWER_MARGIN_MILLIS} for the answer's way back.
   */
  public static long deadlineFromNow() {
    return System.nanoTime()
        + TimeUnit.SECONDS.toNanos(WAIT_SECONDS)
        - TimeUnit.MILLISECONDS.toNanos(ANSWER_MARGIN_MILLIS);
  }

  private static long remaining(long deadlineNanos) {
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** The refusal for a scan that met a database fault before it was recorded (ADR 19). */
  public static HealthCodeException notRecordedAfterFault() {
    return notRecorded("the database failed");
  }

  private static HealthCodeException notRecorded(String why) {
    return new HealthCodeException(
        VenueErrorCodes.SCAN_NOT_RECORDED,
        "The scan could not be recorded (" + why + "); send it again with the same scanId");
  }
}
