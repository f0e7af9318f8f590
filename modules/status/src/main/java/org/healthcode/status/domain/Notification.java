package org.healthcode.status.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcode.status.api.PersonRef;

/**
 * A message for a person (outbox): stored with the change it tells of, delivered later by the
 * delivery job, readable by whoever may act for the person.
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

  protected Notification() {}

  public Notification(PersonRef person, Instant createdAt, String kind, String text) {
    this.personId = person.id();
    this.createdAt = createdAt;
    this.kind = kind;
    this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** Tells the person of a change of their code. */
  public static Notification of(PersonRef person, ColourChange change) {
    String what =
        change.changesColour()
            ? "Your health code is now " + change.to()
            : "Your ORANGE observation was extended";
    String until = change.observationEnd().map(end -> ", observation until " + end).orElse("");
    return new Notification(
        person, change.at(), COLOUR_CHANGED, what + until + ". Reason: " + change.reason());
  }

  public void delivered(Instant at) {
    deliveredAt = at;
  }

  public long id() {
    return id;
  }

  public PersonRef person() {
    return new PersonRef(personId);
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
}
