package org.healthcode.venue.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.healthcode.identity.api.PersonId;
import org.healthcode.venue.api.TracingState;

/**
 * A confirmed case and its contact-tracing job (docs/adr/0043): the job's state and the counts of
 * the outcomes applied so far.
 */
public record ConfirmedCase(
    long id,
    PersonId person,
    TracingState state,
    LocalDate onset,
    int caseVisits,
    int unregisteredVisitors,
    Integer exposedPersons,
    int markedOrange,
    int observationRestarted,
    int stayedRed,
    Instant recordedAt,
    Instant finishedAt) {

  public int applied() {
    return markedOrange + observationRestarted + stayedRed;
  }
}
