package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.venue.domain.OfflineDeviceKeys;

/** Offline gates' device keys in native SQL (venue_offline_device_key). */
@ApplicationScoped
public class NativeSqlOfflineDeviceKeys implements OfflineDeviceKeys {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public void add(
      String credentialId, EntryPointId entryPoint, byte[] publicKey, Instant registeredAt) {
    entityManager
        .createNativeQuery(
            "INSERT INTO venue_offline_device_key"
                + " (credential_id, entry_point_id, public_key, registered_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, credentialId)
        .setParameter(2, entryPoint.value())
        .setParameter(3, publicKey)
        .setParameter(4, Timestamp.from(registeredAt))
        .executeUpdate();
  }

  @Override
  public List<byte[]> newest(String credentialId, int limit) {
    @SuppressWarnings("unchecked")
    List<byte[]> keys =
        entityManager
            .createNativeQuery(
                "SELECT public_key FROM venue_offline_device_key WHERE credential_id = ?1"
                    + " ORDER BY id DESC LIMIT ?2")
            .setParameter(1, credentialId)
            .setParameter(2, limit)
            .getResultList();
    return keys;
  }
}
