package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ExposureOutcome;
import org.healthcode.venue.api.TracingState;
import org.healthcode.venue.domain.ConfirmedCase;
import org.healthcode.venue.domain.ConfirmedCases;

/**
 * Confirmed cases in native SQL, each a contact-tracing job (venue_confirmed_case, docs/adr/0043),
 * and the persons each exposed with the outcome applied (venue_case_exposure).
 */
@ApplicationScoped
public class NativeSqlConfirmedCases implements ConfirmedCases {

  /** How many exposures go in one insert. */
  private static final int INSERT_ROWS = 1_000;

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public long add(PersonId person, LocalDate onset, Instant recordedAt, String recordedBy) {
    entityManager
        .createNativeQuery(
            "INSERT INTO venue_confirmed_case (person_id, onset_date, recorded_by, recorded_at,"
                + " case_visits, marked_orange, observation_restarted, stayed_red,"
                + " unregistered_visitors, state) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 'QUEUED')")
        .setParameter(1, person.value())
        .setParameter(2, Date.valueOf(onset))
        .setParameter(3, recordedBy)
        .setParameter(4, Timestamp.from(recordedAt))
        .executeUpdate();
    return ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
        .longValue();
  }

  @Override
  public Optional<ConfirmedCase> find(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT c.id, c.person_id, c.state, c.onset_date, c.case_visits,"
                    + " c.unregistered_visitors, c.exposed_persons,"
                    + " COALESCE(SUM(e.outcome = 'MARKED_ORANGE'), 0),"
                    + " COALESCE(SUM(e.outcome = 'OBSERVATION_RESTARTED'), 0),"
                    + " COALESCE(SUM(e.outcome = 'STAYED_RED'), 0), c.recorded_at, c.finished_at"
                    + " FROM venue_confirmed_case c"
                    + " LEFT JOIN venue_case_exposure e ON e.case_id = c.id"
                    + " WHERE c.id = ? GROUP BY c.id")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new ConfirmedCase(
                    ((Number) row[0]).longValue(),
                    new PersonId(((Number) row[1]).longValue()),
                    TracingState.valueOf((String) row[2]),
                    ((Date) row[3]).toLocalDate(),
                    ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(),
                    row[6] == null ? null : ((Number) row[6]).intValue(),
                    ((Number) row[7]).intValue(),
                    ((Number) row[8]).intValue(),
                    ((Number) row[9]).intValue(),
                    ((Timestamp) row[10]).toInstant(),
                    row[11] == null ? null : ((Timestamp) row[11]).toInstant()));
  }

  @Override
  public Optional<Long> oldestUnfinished() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        entityManager
            .createNativeQuery(
                "SELECT id FROM venue_confirmed_case WHERE state IN ('QUEUED', 'APPLYING')"
                    + " ORDER BY id LIMIT 1")
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  @Override
  public boolean found(
      long caseId, int caseVisits, int unregisteredVisitors, List<PersonId> persons) {
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE venue_confirmed_case SET state = 'APPLYING', case_visits = ?,"
                    + " unregistered_visitors = ?, exposed_persons = ?"
                    + " WHERE id = ? AND state = 'QUEUED'")
            .setParameter(1, caseVisits)
            .setParameter(2, unregisteredVisitors)
            .setParameter(3, persons.size())
            .setParameter(4, caseId)
            .executeUpdate();
    if (updated == 0) {
      return false;
    }
    for (int from = 0; from < persons.size(); from += INSERT_ROWS) {
      List<PersonId> rows = persons.subList(from, Math.min(persons.size(), from + INSERT_ROWS));
      Object[] values = new Object[rows.size() * 2];
      for (int i = 0; i < rows.size(); i++) {
        values[2 * i] = caseId;
        values[2 * i + 1] = rows.get(i).value();
      }
      SqlRows.bind(
              entityManager.createNativeQuery(
                  "INSERT IGNORE INTO venue_case_exposure (case_id, person_id) VALUES "
                      + SqlRows.placeholders(rows.size(), 2)),
              values)
          .executeUpdate();
    }
    return true;
  }

  @Override
  public List<PersonId> pending(long caseId, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        entityManager
            .createNativeQuery(
                "SELECT person_id FROM venue_case_exposure WHERE case_id = ? AND outcome IS NULL"
                    + " ORDER BY person_id LIMIT ?")
            .setParameter(1, caseId)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> new PersonId(id.longValue())).toList();
  }

  @Override
  public void applied(long caseId, PersonId person, ExposureOutcome outcome) {
    entityManager
        .createNativeQuery(
            "UPDATE venue_case_exposure SET outcome = ? WHERE case_id = ? AND person_id = ?")
        .setParameter(1, outcome.name())
        .setParameter(2, caseId)
        .setParameter(3, person.value())
        .executeUpdate();
  }

  @Override
  public boolean finish(long caseId, Instant finishedAt) {
    return entityManager
            .createNativeQuery(
                "UPDATE venue_confirmed_case c JOIN (SELECT"
                    + " COALESCE(SUM(outcome = 'MARKED_ORANGE'), 0) AS orange,"
                    + " COALESCE(SUM(outcome = 'OBSERVATION_RESTARTED'), 0) AS restarted,"
                    + " COALESCE(SUM(outcome = 'STAYED_RED'), 0) AS red"
                    + " FROM venue_case_exposure WHERE case_id = ?) e"
                    + " SET c.marked_orange = e.orange, c.observation_restarted = e.restarted,"
                    + " c.stayed_red = e.red, c.state = 'DONE', c.finished_at = ?"
                    + " WHERE c.id = ? AND c.state = 'APPLYING'")
            .setParameter(1, caseId)
            .setParameter(2, Timestamp.from(finishedAt))
            .setParameter(3, caseId)
            .executeUpdate()
        == 1;
  }
}
