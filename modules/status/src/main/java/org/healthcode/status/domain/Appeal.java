package org.healthcode.status.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.AppealState;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.StatusErrorCodes;

/** A person (or their proxy) contests the current colour; a reviewer answers once. */
@Entity
@Table(name = "status_appeal")
public class Appeal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "contested_colour", nullable = false, updatable = false)
  private Colour contestedColour;

  @Column(name = "contested_version", nullable = false, updatable = false)
  private long contestedVersion;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "appealed_by", nullable = false, updatable = false)
  private String appealedBy;

  @Column(name = "appealed_at", nullable = false, updatable = false)
  private Instant appealedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppealState state;

  @Enumerated(EnumType.STRING)
  private Colour outcome;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected Appeal() {}

  public Appeal(HealthCode code, String reason, String appealedBy, Instant at) {
    ColourChange.requireText("reason", reason, ColourChange.MAX_REASON_LENGTH);
    this.personId = code.person().value();
    this.contestedColour =
        code.colour().orElseThrow(() -> HealthCodeException.notFound("the person has no colour"));
    this.contestedVersion = code.version();
    this.reason = reason.strip();
    this.appealedBy = appealedBy;
    this.appealedAt = at;
    this.state = AppealState.OPEN;
  }

  /**
   * Answers the appeal: with a colour, the decision to apply; with none (keep the colour), empty.
   */
  public Optional<Decision> answer(
      Optional<Colour> colour, String text, String reviewer, Instant at) {
    ColourChange.requireText("answer", text, ColourChange.MAX_REASON_LENGTH);
    if (state != AppealState.OPEN) {
      throw new HealthCodeException(
          StatusErrorCodes.ALREADY_DECIDED, "appeal " + id + " is already answered");
    }
    state = AppealState.ANSWERED;
    outcome = colour.orElse(contestedColour);
    answer = text.strip();
    answeredBy = reviewer;
    answeredAt = at;
    return colour.map(
        decided ->
            Decision.appeal(decided, "appeal " + id + ": " + answer, reviewer, contestedVersion));
  }

  public long id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public Colour contestedColour() {
    return contestedColour;
  }

  public String reason() {
    return reason;
  }

  public String appealedBy() {
    return appealedBy;
  }

  public Instant appealedAt() {
    return appealedAt;
  }

  public AppealState state() {
    return state;
  }

  public Colour outcome() {
    return outcome;
  }

  public String answerText() {
    return answer;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
