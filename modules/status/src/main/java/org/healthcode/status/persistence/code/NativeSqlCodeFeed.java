package org.healthcode.status.persistence.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.healthcode.status.domain.code.CodeFeed;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.FeedChange;
import org.healthcode.status.domain.code.FeedCursor;

/**
 * The change feed in status_code_feed (docs/adr/0032), native SQL on the status unit. The writes
 * run in the caller's transaction (the colour change's, the revocation's), so a feed entry exists
 * exactly when the change it reports was committed.
 */
@ApplicationScoped
public class NativeSqlCodeFeed implements CodeFeed {

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  /** Every active code of the person now has {@code colour}, since {@code at}. */
  public void colourChanged(long personId, String colour, Instant at, Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO status_code_feed (code_id, colour, at, recorded_at)"
                + " SELECT code_id, ?1, ?2, ?3 FROM status_code WHERE active_person = ?4")
        .setParameter(1, colour)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, personId)
        .executeUpdate();
  }

  /** The person's active code of this kind is about to be revoked at {@code at}. */
  public void revoking(long personId, String kind, Instant at) {
    entityManager
        .createNativeQuery(
            "INSERT INTO status_code_feed (code_id, colour, at, recorded_at)"
                + " SELECT code_id, 'REVOKED', ?1, ?1 FROM status_code"
                + " WHERE active_person = ?2 AND kind = ?3")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, personId)
        .setParameter(3, kind)
        .executeUpdate();
  }

  /**
   * A new code of a person who is not green: the gates learn its colour (a paper code has none), or
   * {@code NONE} while the person has no colour yet (a counter's paper code printed before the
   * review), so that an offline gate refers it as no code, as the server does.
   */
  public void created(CodeId codeId, long personId, Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO status_code_feed (code_id, colour, at, recorded_at)"
                + " SELECT ?1, COALESCE(h.colour, 'NONE'), COALESCE(h.since, ?2), ?2"
                + " FROM (SELECT ?3 AS person_id) p"
                + " LEFT JOIN status_health_code h ON h.person_id = p.person_id"
                + " WHERE h.colour IS NULL OR h.colour <> 'GREEN'")
        .setParameter(1, JdbcCodeStore.bytes(codeId))
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, personId)
        .executeUpdate();
  }

  /** Entries after {@code after}, recorded before {@code settledBefore}, in feed order. */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FeedChange> after(FeedCursor after, Instant settledBefore, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, code_id, colour, at, recorded_at FROM status_code_feed"
                    + " WHERE (recorded_at > ?1 OR (recorded_at = ?1 AND id > ?2))"
                    + " AND recorded_at < ?3 ORDER BY recorded_at, id LIMIT ?4")
            .setParameter(1, Timestamp.from(after.recordedAt()))
            .setParameter(2, after.id())
            .setParameter(3, Timestamp.from(settledBefore))
            .setParameter(4, limit)
            .getResultList();
    List<FeedChange> changes = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Instant recordedAt = instant(row[4]);
      changes.add(
          new FeedChange(
              JdbcCodeStore.codeId((byte[]) row[1]),
              (String) row[2],
              instant(row[3]),
              new FeedCursor(recordedAt, ((Number) row[0]).longValue())));
    }
    return changes;
  }

  /**
   * The full current state: every active code of a person who is not green, every active paper code
   * of a person with no colour yet ({@code NONE}), and every code revoked at or after {@code
   * revokedSince} (older revoked codes have expired anyway).
   */
  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FeedChange> currentState(Instant revokedSince, FeedCursor position) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT c.code_id, h.colour, h.since FROM status_health_code h"
                    + " JOIN status_code c ON c.active_person = h.person_id"
                    + " WHERE h.colour <> 'GREEN'"
                    + " UNION ALL SELECT c.code_id, 'NONE', c.created_at FROM status_code c"
                    + " WHERE c.kind = 'PRINTED' AND c.active_person IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM status_health_code h"
                    + " WHERE h.person_id = c.person_id)"
                    + " UNION ALL SELECT code_id, 'REVOKED', revoked_at FROM status_code"
                    + " WHERE revoked_at >= ?1")
            .setParameter(1, Timestamp.from(revokedSince))
            .getResultList();
    List<FeedChange> changes = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      changes.add(
          new FeedChange(
              JdbcCodeStore.codeId((byte[]) row[0]), (String) row[1], instant(row[2]), position));
    }
    return changes;
  }

  /** Deletes up to {@code limit} entries recorded before {@code before}; how many. */
  @Override
  @Transactional
  public int purge(Instant before, int limit) {
    return entityManager
        .createNativeQuery("DELETE FROM status_code_feed WHERE recorded_at < ?1 LIMIT ?2")
        .setParameter(1, Timestamp.from(before))
        .setParameter(2, limit)
        .executeUpdate();
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
