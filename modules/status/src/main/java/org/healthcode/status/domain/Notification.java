package org.healthcode.status.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;

/**
 * A message for a person (outbox): stored with the change it tells of, delivered later by the
 * delivery job, readable by whoever may act for the person. Besides the English text sent, it keeps
 * what it tells as data (cause, colours, observation end, rules, an appeal's answer), so it is read
 * in the reader's language; rows from before that have only the text.
 */
@Entity
@Table(name = "status_notification")
public class Notification {

  public static final String COLOUR_CHANGED = "COLOUR_CHANGED";
  public static final String APPEAL_ANSWERED = "APPEAL_ANSWERED";

  private static final int MAX_TEXT = 700;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  /** Delivery attempts that failed so far (docs/adr/0026). */
  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "last_failure")
  private String lastFailure;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ChangeCause cause;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_colour", updatable = false)
  private Colour fromColour;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_colour", updatable = false)
  private Colour toColour;

  @Column(name = "observation_end", updatable = false)
  private Instant observationEnd;

  @Column(name = "rule_refs", updatable = false)
  private String ruleRefs;

  /** A staff member's own words: a manual change's reason, an appeal's answer. */
  @Column(updatable = false)
  private String note;

  protected Notification() {}

  private Notification(PersonId person, Instant createdAt, String kind, String text) {
    this.personId = person.value();
    this.createdAt = createdAt;
    this.kind = kind;
    this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** Tells the person of a change of their code. */
  public static Notification of(PersonId person, ColourChange change) {
    String what =
        change.changesColour()
            ? "Your health code is now " + change.to()
            : "Your ORANGE observation was extended";
    String until = change.observationEnd().map(end -> ", observation until " + end).orElse("");
    Notification notification =
        new Notification(
            person, change.at(), COLOUR_CHANGED, what + until + ". Reason: " + change.reason());
    notification.cause = change.cause();
    notification.fromColour = change.from().orElse(null);
    notification.toColour = change.to();
    notification.observationEnd = change.observationEnd().orElse(null);
    notification.ruleRefs = RuleRefs.in(change.reason()).format();
    if (change.cause() == ChangeCause.MANUAL || change.cause() == ChangeCause.APPEAL) {
      notification.note = change.reason();
    }
    return notification;
  }

  /** Tells the person that their appeal against {@code contested} was answered. */
  public static Notification appealAnswered(
      PersonId person, Instant at, Colour contested, String answer) {
    Notification notification =
        new Notification(
            person,
            at,
            APPEAL_ANSWERED,
            "Your appeal against " + contested + " was answered: " + answer);
    notification.fromColour = contested;
    notification.note = answer.length() > 500 ? answer.substring(0, 500) : answer;
    return notification;
  }

  public void delivered(Instant at) {
    deliveredAt = at;
    lastFailure = null;
  }

  /**
   * An attempt to deliver failed with {@code failure} (a kind, never a text): tried again after
   * {@code retryAfter}, or, when empty, failed for good. The attempt is counted either way.
   */
  public void attemptFailed(Instant at, String failure, Optional<Duration> retryAfter) {
    attempts++;
    lastFailure = failure;
    if (retryAfter.isPresent()) {
      nextAttemptAt = at.plus(retryAfter.get());
    } else {
      failedAt = at;
    }
  }

  /** Attempts that failed so far. */
  public int attempts() {
    return attempts;
  }

  public Optional<Instant> failedAt() {
    return Optional.ofNullable(failedAt);
  }

  public long id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  /** Whether it holds what it tells as data (written since V8), not only the English text. */
  public boolean hasDetails() {
    return COLOUR_CHANGED.equals(kind) ? toColour != null : fromColour != null;
  }

  public Optional<ChangeCause> cause() {
    return Optional.ofNullable(cause);
  }

  /** The colour before a change; for an answered appeal, the colour contested. */
  public Optional<Colour> fromColour() {
    return Optional.ofNullable(fromColour);
  }

  public Optional<Colour> toColour() {
    return Optional.ofNullable(toColour);
  }

  public Optional<Instant> observationEnd() {
    return Optional.ofNullable(observationEnd);
  }

  public RuleRefs rules() {
    return RuleRefs.in(ruleRefs);
  }

  /** A staff member's own words: a manual change's reason, an appeal's answer. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
