package org.healthcode.identity.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A credential issued to one entry point; a device signs in with its id and secret. */
@Entity
@Table(name = "identity_device_credential")
public class DeviceCredential {

  @Id private String id;

  @Column(name = "entry_point_id", nullable = false, updatable = false)
  private String entryPointId;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  private String secretHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected DeviceCredential() {}

  private DeviceCredential(String id, String entryPointId, String secretHash, Instant issuedAt) {
    this.id = id;
    this.entryPointId = entryPointId;
    this.secretHash = secretHash;
    this.issuedAt = issuedAt;
  }

  /**
   * A new credential for the entry point, with its secret: the secret exists only in the returned
   * value and is never stored.
   */
  public static Issued issue(String entryPointId, Instant now) {
    if (entryPointId == null || entryPointId.isBlank() || entryPointId.length() > 64) {
      throw new IllegalArgumentException("An entry point id has 1 to 64 characters");
    }
    String secret = DeviceSecret.generate();
    DeviceCredential credential =
        new DeviceCredential(
            UUID.randomUUID().toString(), entryPointId, DeviceSecret.hash(secret), now);
    return new Issued(credential, secret);
  }

  /** A credential and its one-time visible secret. */
  public record Issued(DeviceCredential credential, String secret) {}

  /** True if the secret is this credential's and it has not been revoked. */
  public boolean accepts(String secret) {
    return secret != null && DeviceSecret.matches(secret, secretHash) && isActive();
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  /** Revokes the credential; revoking it again keeps the first moment. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String id() {
    return id;
  }

  public String entryPointId() {
    return entryPointId;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
