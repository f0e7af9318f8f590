package org.healthcode.venue.domain;

import java.time.Instant;

/**
 * The venue module's periodic jobs: when each is due next and what its last run did. Which node
 * runs a job is decided by a lease (platform Leases, docs/adr/0023), not here.
 */
public interface JobSchedule {

  /** Whether the job is due at {@code now}. */
  boolean isDue(String job, Instant now);

  /** Records a run of a claimed job and when it is due next. */
  void finish(String job, Instant ranAt, Instant nextRunAt, String result);
}
