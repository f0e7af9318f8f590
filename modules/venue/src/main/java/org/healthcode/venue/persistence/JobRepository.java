package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The venue module's periodic jobs (venue_job), each run by one node at a time: a node claims a job
 * by locking its row while it is due ({@code FOR UPDATE SKIP LOCKED}), so that another node asking
 * at the same moment skips it instead of waiting and running it again.
 */
@ApplicationScoped
public class JobRepository {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  /**
   * Claims the job for the caller's transaction if no other node holds it and, when {@code dueBy}
   * is given, it is due by then; false otherwise.
   */
  public boolean claim(String job, Optional<Instant> dueBy) {
    var query =
        entityManager
            .createNativeQuery(
                "SELECT name FROM venue_job WHERE name = ?"
                    + (dueBy.isPresent() ? " AND next_run_at <= ?" : "")
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, job);
    dueBy.ifPresent(due -> query.setParameter(2, Timestamp.from(due)));
    return !query.getResultList().isEmpty();
  }

  /** Records a run of a claimed job and when it is due next. */
  public void finish(String job, Instant ranAt, Instant nextRunAt, String result) {
    entityManager
        .createNativeQuery(
            "UPDATE venue_job SET last_run_at = ?, next_run_at = ?, last_result = ? WHERE name = ?")
        .setParameter(1, Timestamp.from(ranAt))
        .setParameter(2, Timestamp.from(nextRunAt))
        .setParameter(3, result.length() > 200 ? result.substring(0, 200) : result)
        .setParameter(4, job)
        .executeUpdate();
  }
}
