package org.healthcode.venue.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact-tracing job for a confirmed case and what it found so far: counts only, no person
 * (docs/adr/0043). The counts grow while it is {@link TracingState#APPLYING} and are final once
 * {@link TracingState#DONE}.
 *
 * @param caseId the confirmed-case record, which is the job's id
 * @param state where the job is
 * @param exposedPersons the registered persons found, null until they are found
 * @param applied the persons whose exposure is applied so far
 * @param infectiousFrom the first instant at which the case's visits count
 * @param caseVisits the case's own check-ins from then on
 * @param markedOrange persons turned ORANGE by this run
 * @param observationRestarted persons who were ORANGE already; their observation starts again
 * @param stayedRed persons who are RED and stay so
 * @param unregisteredVisitors manual passes of documents nobody registered: they cannot be marked
 *     or notified, and are counted for the health authority to follow up the original way
 */
public record TracingReport(
    long caseId,
    TracingState state,
    LocalDate onset,
    Instant infectiousFrom,
    int caseVisits,
    int markedOrange,
    int observationRestarted,
    int stayedRed,
    int unregisteredVisitors,
    Integer exposedPersons,
    int applied,
    Instant recordedAt,
    Instant finishedAt) {

  /** Everyone the run found at the case's entry points within its window; null until found. */
  public Integer exposed() {
    return exposedPersons == null ? null : exposedPersons + unregisteredVisitors;
  }
}
