package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.healthcode.identity.api.PersonId;
import org.healthcode.venue.api.TracingReport;

/** Confirmed cases and the counts of their tracing runs (venue_confirmed_case). */
@ApplicationScoped
public class ConfirmedCaseRepository {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  /** Stores the case before its run; returns its id. */
  public long add(
      PersonId person, LocalDate onset, int caseVisits, Instant recordedAt, String recordedBy) {
    entityManager
        .createNativeQuery(
            "INSERT INTO venue_confirmed_case (person_id, onset_date, recorded_by, recorded_at,"
                + " case_visits, marked_orange, observation_restarted, stayed_red,"
                + " unregistered_visitors) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)")
        .setParameter(1, person.value())
        .setParameter(2, Date.valueOf(onset))
        .setParameter(3, recordedBy)
        .setParameter(4, Timestamp.from(recordedAt))
        .setParameter(5, caseVisits)
        .executeUpdate();
    return ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
        .longValue();
  }

  /** The run's counts, once it is over. */
  public void finish(TracingReport report) {
    entityManager
        .createNativeQuery(
            "UPDATE venue_confirmed_case SET marked_orange = ?, observation_restarted = ?,"
                + " stayed_red = ?, unregistered_visitors = ? WHERE id = ?")
        .setParameter(1, report.markedOrange())
        .setParameter(2, report.observationRestarted())
        .setParameter(3, report.stayedRed())
        .setParameter(4, report.unregisteredVisitors())
        .setParameter(5, report.caseId())
        .executeUpdate();
  }
}
