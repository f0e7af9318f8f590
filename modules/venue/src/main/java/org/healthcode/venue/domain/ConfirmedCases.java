package org.healthcode.venue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ExposureOutcome;

/**
 * Confirmed cases, each a contact-tracing job (docs/adr/0043): QUEUED, then APPLYING with the
 * persons it exposed, then DONE with the outcomes counted.
 */
public interface ConfirmedCases {

  /** Stores the case as a QUEUED job; returns its id. */
  long add(PersonId person, LocalDate onset, Instant recordedAt, String recordedBy);

  /** The case with the outcomes counted from its exposures. */
  Optional<ConfirmedCase> find(long id);

  /** The oldest case whose job is not done, if any. */
  Optional<Long> oldestUnfinished();

  /**
   * Writes the persons a QUEUED case exposed and makes it APPLYING; false (and nothing written) if
   * the case was not QUEUED any more.
   */
  boolean found(long caseId, int caseVisits, int unregisteredVisitors, List<PersonId> persons);

  /** Up to {@code limit} persons of the case whose exposure is not applied yet. */
  List<PersonId> pending(long caseId, int limit);

  /** Records the outcome applied to one exposed person of the case. */
  void applied(long caseId, PersonId person, ExposureOutcome outcome);

  /** Makes an APPLYING case DONE with its final counts; false if it was not APPLYING. */
  boolean finish(long caseId, Instant finishedAt);
}
