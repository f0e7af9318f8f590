package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.cluster.CausalReads;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.status.api.ExposureOutcome;
import org.healthcode.status.api.Exposures;
import org.healthcode.venue.api.TracingReport;
import org.healthcode.venue.domain.ExposureInterval;
import org.healthcode.venue.domain.TracingWindow;
import org.healthcode.venue.domain.Visit;
import org.healthcode.venue.domain.VisitorRef;
import org.healthcode.venue.persistence.ConfirmedCaseRepository;
import org.healthcode.venue.persistence.NativeSqlScanRepository;

/**
 * Contact tracing (DESIGN §5, docs/adr/0012): a reviewer records a confirmed case; everyone checked
 * in at the case's entry points within an hour of one of its visits from two days before onset on
 * is marked ORANGE (cause EXPOSURE) through the status module, unless RED, and notified there. The
 * case and the run's counts are stored and audited; the report holds counts only.
 *
 * <p>Three steps: the case and its exposures are read and the case stored in one transaction; each
 * exposure is then applied and committed on its own (a long run holds no code for long); the counts
 * are written last. A run cut short leaves its case with zero counts and the exposures so far
 * applied; recording the case again finds the same people (an ORANGE observation restarts).
 */
@ApplicationScoped
public class ContactTracing {

  static final String CONFIRMED_CASE = "CONFIRMED_CASE";

  @Inject CallerContext callerContext;
  @Inject Exposures exposures;
  @Inject TracingRecords records;
  @Inject VenueSettings settings;

  public TracingReport recordConfirmedCase(PersonId person, LocalDate onset) {
    Caller reviewer = callerContext.requireAnyOf(Role.REVIEWER);
    if (onset == null) {
      throw HealthCodeException.badInput("onsetDate: required");
    }
    if (onset.isAfter(LocalDate.now(settings.clock().withZone(TracingWindow.CITY_ZONE)))) {
      throw HealthCodeException.badInput("onsetDate: must not be in the future");
    }
    TracingWindow window = new TracingWindow(onset);
    Found found = records.start(person, window, reviewer.subject());
    int markedOrange = 0;
    int restarted = 0;
    int stayedRed = 0;
    int unregistered = 0;
    String reason =
        "contact tracing: checked in within an hour of a confirmed case (case record "
            + found.caseId()
            + ")";
    for (VisitorRef visitor : found.exposed()) {
      if (visitor instanceof VisitorRef.Person exposedPerson) {
        ExposureOutcome outcome = exposures.expose(exposedPerson.id(), reason);
        switch (outcome) {
          case MARKED_ORANGE -> markedOrange++;
          case OBSERVATION_RESTARTED -> restarted++;
          case STAYED_RED -> stayedRed++;
        }
      } else {
        unregistered++;
      }
    }
    TracingReport report =
        new TracingReport(
            found.caseId(),
            onset,
            window.start(),
            found.caseVisits(),
            markedOrange,
            restarted,
            stayedRed,
            unregistered,
            found.recordedAt());
    records.finish(report);
    return report;
  }

  /** The case stored, with what its window exposes. */
  record Found(long caseId, int caseVisits, Instant recordedAt, Set<VisitorRef> exposed) {}

  /** The transactional steps of a run. */
  @ApplicationScoped
  public static class TracingRecords {

    @Inject IdentityFacade identity;
    @Inject NativeSqlScanRepository scans;
    @Inject ConfirmedCaseRepository cases;
    @Inject AuditLog auditLog;
    @Inject VenueSettings settings;
    @Inject CausalReads causalReads;

    /**
     * Reads after every check-in committed before it, on whichever node of a cluster it was
     * recorded (docs/adr/0023).
     */
    @Transactional
    public Found start(PersonId person, TracingWindow window, String reviewer) {
      causalReads.catchUp();
      if (person.value() <= 0 || identity.find(person).isEmpty()) {
        throw HealthCodeException.notFound("no person " + person);
      }
      List<Visit> caseVisits = scans.visitsOf(person, window.start());
      List<Visit> candidates = new ArrayList<>();
      for (ExposureInterval interval : window.intervals(caseVisits)) {
        candidates.addAll(scans.visitsIn(interval));
      }
      Set<VisitorRef> exposed = window.exposures(caseVisits, candidates);
      Instant now = settings.clock().instant();
      long caseId = cases.add(person, window.onset(), caseVisits.size(), now, reviewer);
      auditLog.record(
          "CONFIRMED_CASE_RECORDED",
          CONFIRMED_CASE,
          Long.toString(caseId),
          "person " + person + ", onset " + window.onset() + ", " + caseVisits.size() + " visits");
      return new Found(caseId, caseVisits.size(), now, exposed);
    }

    @Transactional
    public void finish(TracingReport report) {
      cases.finish(report);
      auditLog.record(
          "CONTACT_TRACING_RUN",
          CONFIRMED_CASE,
          Long.toString(report.caseId()),
          report.exposed()
              + " exposed: "
              + report.markedOrange()
              + " marked orange, "
              + report.observationRestarted()
              + " observation restarted, "
              + report.stayedRed()
              + " stayed red, "
              + report.unregisteredVisitors()
              + " unregistered");
    }
  }
}
