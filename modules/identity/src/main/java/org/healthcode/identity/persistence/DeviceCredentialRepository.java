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
