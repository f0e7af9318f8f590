package org.healthcode.status.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.ColourChange;
import org.healthcode.status.domain.ConcurrentUpdateException;
import org.healthcode.status.domain.HealthCode;
import org.healthcode.status.domain.HealthCodeRepository;
import org.healthcode.status.domain.ObservationTimer;
import org.healthcode.status.persistence.code.NativeSqlCodeFeed;

/**
 * Health codes in status_health_code and status_colour_change. The code row's version is the number
 * of changes and the optimistic lock: a save updates the row only where the version is still the
 * one loaded (or inserts it, for a first colour), then appends the new history; a concurrent writer
 * makes it fail with {@link ConcurrentUpdateException} and changes nothing. The conditional update
 * is written out rather than left to a JPA {@code @Version}, because one save may append more than
 * one change and the version must stay equal to the history's length. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaHealthCodeRepository implements HealthCodeRepository {

  /**
   * A code held by an open manual review has no due timer (docs/adr/0019): the reviewer's decision
   * sets its colour, and a timer that falls due meanwhile waits for that decision.
   */
  private static final String NOT_HELD =
      " AND NOT EXISTS (SELECT 1 FROM status_review_hold h WHERE h.person_id = c.person_id)";

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  @Inject NativeSqlCodeFeed feed;

  @Override
  public Optional<HealthCode> find(PersonId person) {
    List<ColourChange> history =
        entityManager
            .createQuery(
                "SELECT c FROM ColourChangeRow c WHERE c.personId = :person ORDER BY c.version",
                ColourChangeRow.class)
            .setParameter("person", person.value())
            .getResultStream()
            .map(ColourChangeRow::toChange)
            .toList();
    return history.isEmpty() ? Optional.empty() : Optional.of(HealthCode.restore(person, history));
  }

  @Override
  public void save(HealthCode code) {
    List<ColourChange> changes = code.changesSinceLoad();
    if (changes.isEmpty()) {
      return;
    }
    long person = code.person().value();
    try {
      int stored =
          code.versionAtLoad() == 0
              ? bind(
                      entityManager.createNativeQuery(
                          "INSERT INTO status_health_code"
                              + " (colour, reason, since, observation_end, version, person_id)"
                              + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                      code)
                  .executeUpdate()
              : bind(
                      entityManager.createNativeQuery(
                          "UPDATE status_health_code SET colour = ?1, reason = ?2, since = ?3,"
                              + " observation_end = ?4, version = ?5"
                              + " WHERE person_id = ?6 AND version = ?7"),
                      code)
                  .setParameter(7, code.versionAtLoad())
                  .executeUpdate();
      if (stored != 1) {
        throw new ConcurrentUpdateException(
            "the code of person " + person + " changed after version " + code.versionAtLoad());
      }
      changes.forEach(change -> entityManager.persist(new ColourChangeRow(person, change)));
      entityManager.flush();
      // the gates' change feed (docs/adr/0032), in the same transaction as the change
      ColourChange last = changes.get(changes.size() - 1);
      feed.colourChanged(person, last.to().name(), last.at(), Instant.now());
    } catch (PersistenceException e) {
      // a duplicate key: another writer stored the same first code or the same version
      throw new ConcurrentUpdateException("the code of person " + person + " changed meanwhile", e);
    }
  }

  /**
   * Due timers, and locks their code rows for the calling transaction; rows another transaction
   * holds are skipped (SKIP LOCKED), so two nodes sweeping at once never fire the same timer.
   */
  @Override
  public List<ObservationTimer> dueObservationTimers(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT person_id, observation_end FROM status_health_code c"
                    + " WHERE colour = 'ORANGE' AND observation_end <= ?1"
                    + NOT_HELD
                    + " ORDER BY observation_end LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ObservationTimer(new PersonId(((Number) row[0]).longValue()), instant(row[1])))
        .toList();
  }

  /**
   * Locks the person's code row for the calling transaction if it is ORANGE and due at {@code now};
   * false if it is not due (any more) or another transaction holds it (SKIP LOCKED).
   */
  @Override
  public boolean lockIfDue(PersonId person, Instant now) {
    return !entityManager
        .createNativeQuery(
            "SELECT person_id FROM status_health_code c WHERE person_id = ?1"
                + " AND colour = 'ORANGE' AND observation_end <= ?2"
                + NOT_HELD
                + " FOR UPDATE SKIP LOCKED")
        .setParameter(1, person.value())
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  /** The current colour, by one primary-key read of the code row. */
  @Override
  public Optional<Colour> colourOf(PersonId person) {
    @SuppressWarnings("unchecked")
    List<String> colours =
        entityManager
            .createNativeQuery("SELECT colour FROM status_health_code WHERE person_id = ?1")
            .setParameter(1, person.value())
            .getResultList();
    return colours.stream().findFirst().map(Colour::valueOf);
  }

  /** One page of a code's history, newest first, below the given version (exclusive). */
  @Override
  public List<ColourChange> history(PersonId person, long beforeVersion, int limit) {
    return entityManager
        .createQuery(
            "SELECT c FROM ColourChangeRow c WHERE c.personId = :person AND c.version < :before"
                + " ORDER BY c.version DESC",
            ColourChangeRow.class)
        .setParameter("person", person.value())
        .setParameter("before", beforeVersion)
        .setMaxResults(limit)
        .getResultStream()
        .map(ColourChangeRow::toChange)
        .toList();
  }

  private static Query bind(Query query, HealthCode code) {
    return query
        .setParameter(1, code.colour().orElseThrow().name())
        .setParameter(2, code.reason().orElseThrow())
        .setParameter(3, Timestamp.from(code.since().orElseThrow()))
        .setParameter(4, code.observationEnd().map(Timestamp::from).orElse(null))
        .setParameter(5, code.version())
        .setParameter(6, code.person().value());
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    return (Instant) value;
  }
}
