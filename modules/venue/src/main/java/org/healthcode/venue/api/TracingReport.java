package org.healthcode.venue.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a contact-tracing run for a confirmed case found: counts only, no person.
 *
 * @param caseId the confirmed-case record
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
    LocalDate onset,
    Instant infectiousFrom,
    int caseVisits,
    int markedOrange,
    int observationRestarted,
    int stayedRed,
    int unregisteredVisitors,
    Instant recordedAt) {

  /** Everyone the run found at the case's entry points within its window. */
  public int exposed() {
    return markedOrange + observationRestarted + stayedRed + unregisteredVisitors;
  }
}
