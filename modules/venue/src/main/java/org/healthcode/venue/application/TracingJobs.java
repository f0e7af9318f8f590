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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.cluster.CausalReads;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.jobs.PeriodicJobs;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.status.api.ExposureOutcome;
import org.healthcode.status.api.Exposures;
import org.healthcode.venue.api.TracingState;
import org.healthcode.venue.domain.ConfirmedCase;
import org.healthcode.venue.domain.ConfirmedCases;
import org.healthcode.venue.domain.ExposureInterval;
import org.healthcode.venue.domain.RecordedCheckIns;
import org.healthcode.venue.domain.TracingWindow;
import org.healthcode.venue.domain.Visit;
import org.healthcode.venue.domain.VisitorRef;

/**
 * Runs the contact-tracing jobs (docs/adr/0043), oldest case first, on one node at a time: the node
 * that holds the job's lease (docs/adr/0023). A job has two steps:
 *
 * <ol>
 *   <li>QUEUED: the case's visits and everyone at the same entry points within the window are read
 *       and the persons exposed written down in one transaction, which makes it APPLYING;
 *   <li>APPLYING: each person's exposure is applied through the status module, which keeps the
 *       outcome per case and person ({@link Exposures#expose}, once per source), then marked here;
 *       when none is left the counts are final and the job is DONE.
 * </ol>
 *
 * A node that dies mid-run stops renewing the lease; after it expires, the next look of any node
 * (every {@link #POLL}, or at once when a case is recorded) goes on from the first person not
 * marked. A person whose exposure was applied but not marked is asked again and the status module
 * answers the first outcome without changing the code again: nobody is marked twice.
 */
@ApplicationScoped
public class TracingJobs {

  static final String LEASE_NAME = "venue.contact-tracing";

  /** Renewed every batch; a holder that dies lets another node go on after this. */
  static final Duration LEASE = Duration.ofMinutes(1);

  static final Duration POLL = Duration.ofSeconds(30);

  static final int BATCH = 200;

  /** Who the job calls status's Exposures as (docs/adr/0044). */
  private static final Caller SYSTEM = Caller.system("contact-tracing");

  private static final Logger LOG = Logger.getLogger(TracingJobs.class.getName());

  @Inject PeriodicJobs periodicJobs;
  @Inject Leases leases;
  @Inject ConfirmedCases cases;
  @Inject RecordedCheckIns scans;
  @Inject Exposures exposures;
  @Inject CausalReads causalReads;
  @Inject AuditLog auditLog;
  @Inject VenueSettings settings;
  @Inject Metrics metrics;
  @Inject TracingJobs self;

  private final AtomicBoolean running = new AtomicBoolean();
  private PeriodicJobs.Schedule polling;
  private volatile boolean stopped;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    polling = periodicJobs.every(POLL, this::runAll);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (polling != null) {
      polling.stop();
    }
  }

  /** Runs the unfinished jobs soon, on another thread. */
  public void startSoon() {
    periodicJobs.soon(this::runAll);
  }

  private void runAll() {
    if (stopped || !running.compareAndSet(false, true)) {
      return; // this node is running them already
    }
    try {
      if (!leases.tryTake(LEASE_NAME, LEASE)) {
        return;
      }
      try {
        CallerContext.as(
            SYSTEM,
            () -> {
              Optional<Long> next;
              while (!stopped && (next = self.oldestUnfinished()).isPresent()) {
                run(next.get());
              }
              return null;
            });
      } finally {
        leases.release(LEASE_NAME);
      }
    } catch (RuntimeException e) {
      metrics.jobFailures("contact-tracing").increment();
      LOG.log(Level.WARNING, "contact tracing stopped; the next look goes on", e);
    } finally {
      running.set(false);
    }
  }

  /** Takes one job as far as it goes; a lost lease stops it. */
  void run(long caseId) {
    long started = System.nanoTime();
    ConfirmedCase job = self.find(caseId);
    if (job.state() == TracingState.QUEUED) {
      self.trace(job);
    }
    String source = "case:" + caseId;
    String reason =
        "contact tracing: checked in within an hour of a confirmed case (case record "
            + caseId
            + ")";
    List<PersonId> pending;
    while (!(pending = self.pending(caseId)).isEmpty()) {
      for (PersonId person : pending) {
        ExposureOutcome outcome = exposures.expose(person, reason, source);
        self.applied(caseId, person, outcome);
      }
      if (stopped || !leases.tryTake(LEASE_NAME, LEASE)) {
        throw new IllegalStateException("contact tracing interrupted; another look goes on");
      }
    }
    self.finish(caseId);
    metrics.jobRuns("contact-tracing").record(System.nanoTime() - started);
  }

  @Transactional
  public Optional<Long> oldestUnfinished() {
    return cases.oldestUnfinished();
  }

  @Transactional
  public ConfirmedCase find(long caseId) {
    return cases.find(caseId).orElseThrow();
  }

  /**
   * Finds the case's contacts and writes the persons down. Reads after every check-in committed
   * before it, on whichever node of a cluster it was recorded (docs/adr/0023).
   */
  @Transactional
  public void trace(ConfirmedCase job) {
    causalReads.catchUp();
    TracingWindow window = new TracingWindow(job.onset());
    List<Visit> caseVisits = scans.visitsOf(job.person(), window.start());
    List<Visit> candidates = new ArrayList<>();
    for (ExposureInterval interval : window.intervals(caseVisits)) {
      candidates.addAll(scans.visitsIn(interval));
    }
    List<PersonId> persons = new ArrayList<>();
    int unregistered = 0;
    for (VisitorRef visitor : window.exposures(caseVisits, candidates)) {
      if (visitor instanceof VisitorRef.Person person) {
        persons.add(person.id());
      } else {
        unregistered++;
      }
    }
    cases.found(job.id(), caseVisits.size(), unregistered, persons);
  }

  @Transactional
  public List<PersonId> pending(long caseId) {
    return cases.pending(caseId, BATCH);
  }

  @Transactional
  public void applied(long caseId, PersonId person, ExposureOutcome outcome) {
    cases.applied(caseId, person, outcome);
  }

  @Transactional
  public void finish(long caseId) {
    if (!cases.finish(caseId, settings.clock().instant())) {
      return;
    }
    ConfirmedCase done = cases.find(caseId).orElseThrow();
    auditLog.record(
        "CONTACT_TRACING_RUN",
        ContactTracing.CONFIRMED_CASE,
        Long.toString(caseId),
        (done.exposedPersons() + done.unregisteredVisitors())
            + " exposed: "
            + done.markedOrange()
            + " marked orange, "
            + done.observationRestarted()
            + " observation restarted, "
            + done.stayedRed()
            + " stayed red, "
            + done.unregisteredVisitors()
            + " unregistered");
  }
}
