package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.venue.api.TracingReport;
import org.healthcode.venue.domain.ConfirmedCase;
import org.healthcode.venue.domain.ConfirmedCases;
import org.healthcode.venue.domain.TracingWindow;

/**
 * Contact tracing (DESIGN §5, docs/adr/0012, 0043): a reviewer records a confirmed case; everyone
 * checked in at the case's entry points within an hour of one of its visits from two days before
 * onset on is marked ORANGE (cause EXPOSURE) through the status module, unless RED, and notified
 * there. Recording the case starts a job ({@link TracingJobs}) and returns at once; the job's
 * state, progress and counts are read here by the case's id. Audited; counts only, never a person.
 */
@ApplicationScoped
public class ContactTracing {

  static final String CONFIRMED_CASE = "CONFIRMED_CASE";

  @Inject CallerContext callerContext;
  @Inject VenueSettings settings;
  @Inject IdentityFacade identity;
  @Inject ConfirmedCases cases;
  @Inject AuditLog auditLog;
  @Inject TracingJobs jobs;
  @Inject ContactTracing self;

  /** Records the case as a QUEUED job and starts it; the job as it is now. */
  public TracingReport recordConfirmedCase(PersonId person, LocalDate onset) {
    Caller reviewer = callerContext.requireAnyOf(Role.REVIEWER);
    if (onset == null) {
      throw HealthCodeException.badInput("onsetDate: required");
    }
    if (onset.isAfter(LocalDate.now(settings.clock().withZone(TracingWindow.CITY_ZONE)))) {
      throw HealthCodeException.badInput("onsetDate: must not be in the future");
    }
    long caseId = self.record(person, onset, reviewer.subject());
    jobs.startSoon();
    return self.find(caseId);
  }

  /** A tracing job by its case's id; NOT_FOUND if there is none. */
  public TracingReport job(long caseId) {
    callerContext.requireAnyOf(Role.REVIEWER);
    return self.find(caseId);
  }

  @Transactional
  public long record(PersonId person, LocalDate onset, String reviewer) {
    if (identity.find(person).isEmpty()) {
      throw HealthCodeException.notFound("No such person");
    }
    long caseId = cases.add(person, onset, settings.clock().instant(), reviewer);
    auditLog.record(
        "CONFIRMED_CASE_RECORDED",
        CONFIRMED_CASE,
        Long.toString(caseId),
        "person " + person + ", onset " + onset + ", contact tracing started");
    return caseId;
  }

  @Transactional
  public TracingReport find(long caseId) {
    return cases
        .find(caseId)
        .map(ContactTracing::report)
        .orElseThrow(() -> HealthCodeException.notFound("no such contact-tracing job"));
  }

  static TracingReport report(ConfirmedCase row) {
    Instant infectiousFrom = new TracingWindow(row.onset()).start();
    return new TracingReport(
        row.id(),
        row.state(),
        row.onset(),
        infectiousFrom,
        row.caseVisits(),
        row.markedOrange(),
        row.observationRestarted(),
        row.stayedRed(),
        row.unregisteredVisitors(),
        row.exposedPersons(),
        row.applied(),
        row.recordedAt(),
        row.finishedAt());
  }
}
