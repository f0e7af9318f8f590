package org.healthcode.identity.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed staff sign-in; counted per username and per client address (ADR 19). */
@Entity
@Table(name = "identity_staff_sign_in_failure")
public class SignInFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private Instant failedAt;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  protected SignInFailure() {}

  public SignInFailure(String username, String clientAddress, Instant failedAt) {
    this.username = username;
    this.clientAddress = clientAddress;
    this.failedAt = failedAt;
  }
}
