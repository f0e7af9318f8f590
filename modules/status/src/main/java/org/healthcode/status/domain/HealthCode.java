package org.healthcode.status.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;

/**
 * A person's health code (DESIGN §4): the current colour with its reason, since when it holds, when
 * an ORANGE observation ends, and the full history of changes.
 *
 * <p>The current state is always the fold of the history, so the two can never disagree, and a
 * repository restores a code from its history alone. Changes are made by {@link DynamicManagement},
 * which holds the rules; this class only keeps the history consistent.
 *
 * <p>{@link #version()} counts the changes. A repository saves with {@link #versionAtLoad()} as the
 * expected stored version (optimistic locking) and appends {@link #changesSinceLoad()}.
 */
public final class HealthCode {

  private final PersonId person;
  private final List<ColourChange> history = new ArrayList<>();
  private final long versionAtLoad;

  private Colour colour;
  private String reason;
  private Instant since;
  private Instant observationEnd;

  private HealthCode(PersonId person, List<ColourChange> history) {
    this.person = Objects.requireNonNull(person, "person");
    history.forEach(this::append);
    this.versionAtLoad = version();
  }

  /** A person who has no colour yet: nothing has been declared or decided for them. */
  public static HealthCode unassessed(PersonId person) {
    return new HealthCode(person, List.of());
  }

  /** A stored code, from its history in version order. */
  public static HealthCode restore(PersonId person, List<ColourChange> history) {
    return new HealthCode(person, history);
  }

  public PersonId person() {
    return person;
  }

  /** Empty until the person's first colour. */
  public Optional<Colour> colour() {
    return Optional.ofNullable(colour);
  }

  /** The reason of the last change. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** When the code took its current colour; extending an ORANGE observation does not move it. */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /** When the ORANGE observation ends; present exactly while the code is ORANGE. */
  public Optional<Instant> observationEnd() {
    return Optional.ofNullable(observationEnd);
  }

  /** The timer that ends the running observation, for a scheduler to store and fire. */
  public Optional<ObservationTimer> observationTimer() {
    return observationEnd().map(end -> new ObservationTimer(person, end));
  }

  /** The number of changes so far; 0 for an unassessed person. */
  public long version() {
    return history.size();
  }

  public long versionAtLoad() {
    return versionAtLoad;
  }

  /** Oldest first. */
  public List<ColourChange> history() {
    return Collections.unmodifiableList(history);
  }

  /** The changes made since the code was created or restored, oldest first. */
  public List<ColourChange> changesSinceLoad() {
    return history().subList((int) versionAtLoad, history.size());
  }

  /** Appends a change that follows on from the current state; the rules chose it already. */
  void append(ColourChange change) {
    if (change.version() != version() + 1) {
      throw new IllegalStateException(
          "change " + change.version() + " does not follow version " + version() + " of " + person);
    }
    if (!change.from().equals(colour())) {
      throw new IllegalStateException(
          "change from " + change.from() + " does not follow colour " + colour() + " of " + person);
    }
    if (change.changesColour()) {
      since = change.at();
    }
    colour = change.to();
    reason = change.reason();
    observationEnd = change.observationEnd().orElse(null);
    history.add(change);
  }

  @Override
  public String toString() {
    return "HealthCode[" + person + ", " + colour + ", version " + version() + "]";
  }
}
