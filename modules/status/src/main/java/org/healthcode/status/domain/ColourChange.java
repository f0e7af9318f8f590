package org.healthcode.status.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;

/**
 * One entry of a health code's history: what changed, why, by whom and when. Entries are never
 * edited or removed; {@code version} numbers them from 1 without gaps.
 *
 * @param version the code's version after this change
 * @param from the colour before, empty for a person's first colour
 * @param to the colour after; equal to {@code from} only when an ORANGE observation was extended
 * @param observationEnd when the ORANGE observation ends; present exactly when {@code to} is ORANGE
 * @param approvedBy the supervisor who approved a MANUAL change; empty for every other cause
 */
public record ColourChange(
    long version,
    ChangeCause cause,
    String actor,
    Optional<String> approvedBy,
    String reason,
    Optional<Colour> from,
    Colour to,
    Optional<Instant> observationEnd,
    Instant at) {

  static final int MAX_REASON_LENGTH = 500;
  static final int MAX_ACTOR_LENGTH = 100;

  public ColourChange {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1, got " + version);
    }
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(observationEnd, "observationEnd");
    Objects.requireNonNull(at, "at");
    requireText("actor", actor, MAX_ACTOR_LENGTH);
    requireText("reason", reason, MAX_REASON_LENGTH);
    approvedBy.ifPresent(approver -> requireText("approver", approver, MAX_ACTOR_LENGTH));
    if (approvedBy.isPresent() != (cause == ChangeCause.MANUAL)) {
      throw new IllegalArgumentException("an approver belongs to a MANUAL change and only to one");
    }
    if (observationEnd.isPresent() != (to == Colour.ORANGE)) {
      throw new IllegalArgumentException("an observation end belongs to ORANGE and only to ORANGE");
    }
    if (from.isPresent() && from.get() == to && to != Colour.ORANGE) {
      throw new IllegalArgumentException(to + " to " + to + " is no change");
    }
  }

  /** Whether the colour itself changed (an extended ORANGE observation keeps the colour). */
  public boolean changesColour() {
    return from.map(previous -> previous != to).orElse(true);
  }

  /** Refuses blank or overlong text with BAD_INPUT: reasons and actors are shown to people. */
  static void requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw HealthCodeException.badInput(field + " is required");
    }
    if (value.length() > maxLength) {
      throw HealthCodeException.badInput(
          field + " is " + value.length() + " characters; at most " + maxLength + " are allowed");
    }
  }
}
