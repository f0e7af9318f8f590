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

  protected Consent() {}

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
}
