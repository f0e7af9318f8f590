package org.healthcode.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.domain.device.DeviceCredential;

/** Entry-point device credentials (identity_device_credential). */
@ApplicationScoped
public class DeviceCredentialRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  public Optional<DeviceCredential> find(String credentialId) {
    return Optional.ofNullable(entityManager.find(DeviceCredential.class, credentialId));
  }

  /**
   * The entry point of the credential if it is active: one indexed read by primary key for the scan
   * path, without loading an entity the transaction would then dirty-check (docs/adr/0014).
   */
  public Optional<String> activeEntryPointOf(String credentialId) {
    return entityManager
        .createNativeQuery(
            "SELECT entry_point_id FROM identity_device_credential"
                + " WHERE id = ?1 AND revoked_at IS NULL",
            String.class)
        .setParameter(1, credentialId)
        // a list, not a stream: an unclosed stream's statement is closed only after the
        // transaction, by which time Liberty has closed it and builds an exception to say so
        .getResultList()
        .stream()
        .findFirst()
        .map(String.class::cast);
  }

  public void add(DeviceCredential credential) {
    entityManager.persist(credential);
  }

  /** The entry point's credentials, oldest first. */
  public List<DeviceCredential> forEntryPoint(String entryPointId) {
    return entityManager
        .createQuery(
            "SELECT c FROM DeviceCredential c WHERE c.entryPointId = :entryPoint"
                + " ORDER BY c.issuedAt, c.id",
            DeviceCredential.class)
        .setParameter("entryPoint", entryPointId)
        .getResultList();
  }
}
