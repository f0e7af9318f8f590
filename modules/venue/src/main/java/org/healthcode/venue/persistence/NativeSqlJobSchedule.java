package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.healthcode.venue.domain.JobSchedule;

/**
 * The venue module's periodic jobs in native SQL (venue_job): when each is due next and what its
 * last run did. Which node runs a job is decided by a lease (platform Leases, docs/adr/0023), not
 * by a row lock here: row locks are not replicated on a Galera cluster.
 */
@ApplicationScoped
public class NativeSqlJobSchedule implements JobSchedule {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public boolean isDue(String job, Instant now) {
    return !entityManager
        .createNativeQuery("SELECT name FROM venue_job WHERE name = ? AND next_run_at <= ?")
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(now))
        .getResultList()
        .isEmpty();
  }

  @Override
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
