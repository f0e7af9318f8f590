package org.healthcode.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's consent to the processing of health data under one version of the notice, kept apart
 * from the person (DESIGN §2): when and to which text. Never changed; a new notice needs a new one.
 */
@Entity
@Table(name = "identity_consent")
public class Consent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "notice_version", nullable = false, updatable = false)
  private String noticeVersion;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  /** For consent given on paper at a service counter: the paper's reference (ADR 34). */
  @Column(name = "paper_reference", updatable = false)
  private String paperReference;

  /** For consent given on paper: the counter staff member who recorded it. */
  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  protected Consent() {}

  /** Consent given on paper and recorded by counter staff. */
  public static Consent onPaper(
      long personId, String noticeVersion, Instant givenAt, String reference, String staff) {
    Consent consent = new Consent(personId, noticeVersion, givenAt);
    consent.paperReference = reference;
    consent.recordedBy = staff;
    return consent;
  }

  public Consent(long personId, String noticeVersion, Instant givenAt) {
    this.personId = personId;
    this.noticeVersion = noticeVersion;
    this.givenAt = givenAt;
  }

  public long personId() {
    return personId;
  }

  public String noticeVersion() {
    return noticeVersion;
  }

  public Instant givenAt() {
    return givenAt;
  }

  /** The paper's reference for consent given on paper, null for consent given in the app. */
  public String paperReference() {
    return paperReference;
  }
}
