package org.healthcode.identity.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.protection.DataKeyJobStore;
import org.healthcode.identity.domain.protection.DataKeyJobStore.Batch;
import org.healthcode.identity.domain.protection.DataKeyJobStore.DataKeyJob;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.jobs.PeriodicJobs;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;

/**
 * Re-encrypts every sealed personal field under the current data key, so that an old key can be
 * removed from {@code HEALTHCODE_IDENTITY_DATA_KEYS} (docs/adr/0028, README "Rotating keys").
 *
 * <p>An ADMIN starts it; it runs in the background in batches of {@value #BATCH} rows, each batch
 * committed with the job's cursor, so it survives restarts and node failures and reports its
 * progress ({@link #status()}). One node at a time runs it, the one holding the lease {@value
 * #LEASE_NAME}; every node looks every {@value #LOOK_SECONDS} s for a job left running, so a run
 * whose node died is taken over once its lease expires. A node whose current key is not the job's
 * target (its configuration not yet rolled out) does not take part.
 */
@ApplicationScoped
public class DataKeyRotation {

  static final String LEASE_NAME = "identity.data-key-rotation";
  static final Duration LEASE = Duration.ofMinutes(2);
  static final int BATCH = 500;
  static final long LOOK_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(DataKeyRotation.class.getName());

  /** The job's state and what the tables hold now. */
  public record Status(
      DataKeyJob job, String currentKeyId, List<String> keyIds, Map<String, Long> fieldsByKeyId) {}

  @Inject PeriodicJobs jobs;

  @Inject DataKeyJobStore store;
  @Inject PersonalDataProtection protection;
  @Inject Leases leases;
  @Inject CallerContext callerContext;
  @Inject AuditLog auditLog;
  @Inject DataKeyRotation self;
  @Inject Metrics metrics;

  private final AtomicBoolean running = new AtomicBoolean();
  private PeriodicJobs.Schedule looking;
  private volatile boolean stopped;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    looking = jobs.every(Duration.ofSeconds(LOOK_SECONDS), this::runAsSystem);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (looking != null) {
      looking.stop();
    }
  }

  /**
   * ADMIN: re-encrypt everything under this node's current key; a run already going for that key
   * goes on where it is. Audited.
   */
  public Status begin() {
    callerContext.requireAnyOf(Role.ADMIN);
    self.recordStart(protection.personalData().currentKeyId());
    jobs.soon(this::runAsSystem);
    return status(false);
  }

  @Transactional
  public void recordStart(String targetKeyId) {
    boolean fresh = store.start(targetKeyId, callerContext.current().subject());
    auditLog.record(
        fresh ? "DATA_KEY_ROTATION_STARTED" : "DATA_KEY_ROTATION_RESUMED",
        "DATA_KEY",
        targetKeyId,
        null);
  }

  /** ADMIN: the job's progress and, when asked, how many fields each key id holds. */
  public Status status(boolean countFields) {
    callerContext.requireAnyOf(Role.ADMIN);
    PersonalData data = protection.personalData();
    return new Status(
        store.read(),
        data.currentKeyId(),
        data.keyIds(),
        countFields ? store.fieldsByKeyId() : Map.of());
  }

  /** Background work runs as its named system caller (docs/adr/0044). */
  private void runAsSystem() {
    CallerContext.run(Caller.system("data-key-rotation"), this::runIfRunning);
  }

  /** Runs the job to its end on this node if it is running, ours to do and not held elsewhere. */
  void runIfRunning() {
    if (stopped || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      DataKeyJob job = store.read();
      if (!"RUNNING".equals(job.state())
          || !job.targetKeyId().equals(protection.personalData().currentKeyId())
          || !leases.tryTake(LEASE_NAME, LEASE)) {
        return;
      }
      long start = System.nanoTime();
      try {
        run(job);
        metrics.jobRuns("data-key-rotation").record(System.nanoTime() - start);
      } catch (RuntimeException e) {
        metrics.jobFailures("data-key-rotation").increment();
        throw e;
      } finally {
        leases.release(LEASE_NAME);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "data key rotation: a batch failed; the next round goes on", e);
    } finally {
      running.set(false);
    }
  }

  private void run(DataKeyJob job) {
    String target = job.targetKeyId();
    long personCursor = job.personCursor();
    long accountCursor = job.accountCursor();
    long fields = 0;
    boolean personsDone = false;
    boolean accountsDone = false;
    while (!stopped && !(personsDone && accountsDone)) {
      PersonalData data = protection.personalData();
      if (!target.equals(data.currentKeyId()) || !leases.tryTake(LEASE_NAME, LEASE)) {
        return; // the configuration changed under the run, or another node took it over
      }
      if (!personsDone) {
        Batch batch =
            store.personBatch(
                target, personCursor, BATCH, data::resealName, data::resealDocumentNumber);
        personsDone = batch.rows() < BATCH;
        personCursor = Math.max(personCursor, batch.lastId());
        fields += batch.fields();
      } else {
        Batch batch = store.accountBatch(target, accountCursor, BATCH, data::resealPhone);
        accountsDone = batch.rows() < BATCH;
        accountCursor = Math.max(accountCursor, batch.lastId());
        fields += batch.fields();
      }
    }
    if (personsDone && accountsDone) {
      store.finish(target);
      long total = fields;
      LOG.info(() -> "data key rotation to " + target + " done: " + total + " fields re-sealed");
    }
  }
}
