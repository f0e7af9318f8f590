package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.DeviceCredentialInfo;
import org.healthcode.identity.api.DeviceCredentials;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.IssuedDeviceCredential;
import org.healthcode.identity.domain.device.DeviceCredential;
import org.healthcode.identity.domain.device.DeviceCredentialRepository;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.cache.BoundedCache;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.ContractAccess;

/** The module's {@link DeviceCredentials}: credentials in this module's table, audited. */
@ApplicationScoped
public class DeviceCredentialService implements DeviceCredentials {

  static final String SUBJECT_TYPE = "DEVICE_CREDENTIAL";

  /** How long a node trusts an active credential it read: revocation's delay on other nodes. */
  static final Duration TRUSTED_FOR = Duration.ofSeconds(5);

  /** A city has about 100,000 entry points, one credential each (about 220 bytes an entry). */
  static final int MAX_SEEN = 250_000;

  /** Active credentials read in the last {@link #TRUSTED_FOR}: credential id to entry point. */
  private final BoundedCache<String, EntryPointId> seenActive =
      BoundedCache.create("device_credentials", MAX_SEEN, TRUSTED_FOR);

  @Inject DeviceCredentialRepository repository;

  @Inject AuditLog auditLog;

  private final Clock clock = Clock.systemUTC();

  // the contract's access rules, as DeviceCredentials states them (docs/adr/0044)
  private static final ContractAccess ISSUE =
      ContractAccess.of(DeviceCredentials.class, "issue", EntryPointId.class);
  private static final ContractAccess REVOKE =
      ContractAccess.of(DeviceCredentials.class, "revoke", String.class);
  private static final ContractAccess LIST_FOR =
      ContractAccess.of(DeviceCredentials.class, "listFor", EntryPointId.class);
  private static final ContractAccess ENTRY_POINT_OF =
      ContractAccess.of(DeviceCredentials.class, "entryPointOf", String.class);

  /** A new credential for the entry point; its secret is returned here and nowhere else. */
  @Transactional
  @Override
  public IssuedDeviceCredential issue(EntryPointId entryPoint) {
    ISSUE.check();
    // stored, and put in the device's tokens, in its decimal form as before
    DeviceCredential.Issued issued = DeviceCredential.issue(entryPoint.toString(), clock.instant());
    DeviceCredential credential = issued.credential();
    repository.add(credential);
    auditLog.record(
        "DEVICE_CREDENTIAL_ISSUED", SUBJECT_TYPE, credential.id(), "entry point " + entryPoint);
    return new IssuedDeviceCredential(
        credential.id(), entryPoint, issued.secret(), credential.issuedAt());
  }

  /**
   * Revokes the credential: it can no longer sign in, and {@link #entryPointOf} turns empty, so
   * tokens it already holds stop working for scans. NOT_FOUND if there is no such credential.
   */
  @Transactional
  @Override
  public void revoke(String credentialId) {
    REVOKE.check();
    DeviceCredential credential =
        repository
            .find(credentialId)
            .orElseThrow(() -> HealthCodeException.notFound("No such device credential"));
    seenActive.invalidate(credentialId);
    if (credential.isActive()) {
      credential.revoke(clock.instant());
      auditLog.record(
          "DEVICE_CREDENTIAL_REVOKED",
          SUBJECT_TYPE,
          credentialId,
          "entry point " + credential.entryPointId());
    }
  }

  /** The entry point's credentials, oldest first, active and revoked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @Override
  public List<DeviceCredentialInfo> listFor(EntryPointId entryPoint) {
    LIST_FOR.check();
    return repository.forEntryPoint(entryPoint.toString()).stream()
        .map(c -> new DeviceCredentialInfo(c.id(), entryPoint, c.issuedAt(), c.revokedAt()))
        .toList();
  }

  /**
   * The entry point of the credential while it is active; empty if revoked or unknown. Asked on
   * every scan, so a node keeps what it read for {@link #TRUSTED_FOR}: a revocation stops the
   * credential's scans on every node within that time, and on the node that made it at once unless
   * a scan read the credential in the same instant (docs/adr/0015). One read by primary key on a
   * miss; no transaction needed.
   */
  @Override
  public Optional<EntryPointId> entryPointOf(String credentialId) {
    ENTRY_POINT_OF.check();
    if (credentialId == null) {
      return Optional.empty();
    }
    return seenActive.get(
        credentialId, id -> repository.activeEntryPointOf(id).map(DeviceCredentialService::parse));
  }

  /** A stored entry point id: issue stores only {@link EntryPointId}s, in decimal. */
  private static EntryPointId parse(String stored) {
    try {
      return new EntryPointId(Long.parseLong(stored));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a device credential for a non-venue entry point", e);
    }
  }
}
