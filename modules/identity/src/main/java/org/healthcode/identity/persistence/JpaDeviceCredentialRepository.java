package org.healthcode.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthcode.identity.domain.device.DeviceCredential;
import org.healthcode.identity.domain.device.DeviceCredentialRepository;
import org.healthcode.platform.database.JdbcReads;

/**
 * Entry-point device credentials in JPA (identity_device_credential), with the scan's read in plain
 * JDBC.
 */
@ApplicationScoped
public class JpaDeviceCredentialRepository implements DeviceCredentialRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Override
  public Optional<DeviceCredential> find(String credentialId) {
    return Optional.ofNullable(entityManager.find(DeviceCredential.class, credentialId));
  }

  /**
   * The entry point of the credential if it is active: one read by primary key on every scan, in
   * plain JDBC on the transaction's connection, so the scan opens no identity Hibernate session
   * (docs/adr/0014).
   */
  @Override
  public Optional<String> activeEntryPointOf(String credentialId) {
    return JdbcReads.first(
        dataSource,
        "SELECT entry_point_id FROM identity_device_credential WHERE id = ? AND revoked_at IS NULL",
        statement -> statement.setString(1, credentialId),
        row -> row.getString(1),
        "device credential " + credentialId);
  }

  @Override
  public void add(DeviceCredential credential) {
    entityManager.persist(credential);
  }

  @Override
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
