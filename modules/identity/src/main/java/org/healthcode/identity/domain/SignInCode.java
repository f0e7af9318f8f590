package org.healthcode.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A one-time sign-in code sent to a phone (DESIGN §2). Only its keyed hash is stored. It is good
 * for one sign-in within its lifetime, and for at most {@value #MAX_WRONG_ATTEMPTS} wrong guesses:
 * after that even the right code is refused, so six digits cannot be tried through.
 */
@Entity
@Table(name = "identity_sign_in_code")
public class SignInCode {

  public static final int MAX_WRONG_ATTEMPTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "phone_hash", nullable = false, updatable = false)
  private byte[] phoneHash;

  @Column(nullable = false, updatable = false)
  private byte[] salt;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private byte[] codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "wrong_attempts", nullable = false)
  private int wrongAttempts;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SignInCode() {}

  public SignInCode(
      byte[] phoneHash, byte[] salt, byte[] codeHash, Instant createdAt, Duration lifetime) {
    this.phoneHash = phoneHash.clone();
    this.salt = salt.clone();
    this.codeHash = codeHash.clone();
    this.createdAt = createdAt;
    this.expiresAt = createdAt.plus(lifetime);
  }

  public byte[] salt() {
    return salt.clone();
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int wrongAttempts() {
    return wrongAttempts;
  }

  /**
   * Uses the code if the candidate's hash is this code's. A wrong guess is counted (the caller must
   * commit that count even though this throws); once the guesses are used up, every attempt is
   * refused with TOO_MANY_ATTEMPTS.
   */
  public void use(byte[] candidateHash, Instant now) {
    if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
      throw new HealthCodeException(
          IdentityErrorCodes.TOO_MANY_ATTEMPTS,
          "This code was entered wrong too often; request a new one");
    }
    if (usedAt != null || !now.isBefore(expiresAt)) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(codeHash, candidateHash)) {
      wrongAttempts++;
      throw invalid();
    }
    usedAt = now;
  }

  /** The one refusal for a missing, wrong, expired or used code: it tells a guesser nothing. */
  public static HealthCodeException invalid() {
    return new HealthCodeException(
        IdentityErrorCodes.INVALID_SIGN_IN_CODE,
        "The code is wrong, expired or already used; request a new one if needed");
  }
}
