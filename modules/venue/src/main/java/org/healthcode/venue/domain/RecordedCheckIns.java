package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.PersonId;
import org.healthcode.venue.api.CheckInRecord;

/**
 * The recorded check-ins as they are read back and pruned: a person's own list, the visits contact
 * tracing walks, and the days retention deletes. Recording them is {@link ScanRepository}'s.
 */
public interface RecordedCheckIns {

  /** The person's check-ins, newest first, with ids below {@code beforeId}. */
  List<CheckInRecord> checkInsOf(PersonId person, long beforeId, int limit);

  /** The case's own visits since {@code since}, oldest first. */
  List<Visit> visitsOf(PersonId person, Instant since);

  /** Everyone recorded at the interval's entry point inside it, both ends included. */
  List<Visit> visitsIn(ExposureInterval interval);

  /**
   * Deletes up to {@code limit} check-ins of days before {@code firstKept} that are left in a
   * partition that is kept ({@link CheckInPartitions}); returns how many. Small batches, each its
   * own transaction, keep the locks short while gates keep scanning.
   */
  int deleteDaysBefore(CheckInDay firstKept, int limit);
}
