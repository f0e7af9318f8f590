package org.healthcode.venue.api;

import java.util.List;
import org.healthcode.identity.api.EntryPointId;

/** What a citizen's check-in by venue code answers: where, and each person's result. */
public record CheckInAnswer(
    EntryPointId entryPoint,
    String entryPointLabel,
    String venueName,
    VenueCategory category,
    List<PersonCheckIn> persons) {

  public CheckInAnswer {
    persons = List.copyOf(persons);
  }

  /** One person's check-in: what the guard sees on the phone. */
  public record PersonCheckIn(String personId, String maskedName, ScanAnswer answer) {}
}
