package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;

/**
 * The writes of offline gates (docs/adr/0033): device keys, and each uploaded scan in its own
 * transaction, recorded once under its key as the online scan is ({@link CheckIns}).
 */
@ApplicationScoped
public class OfflineScanWrites {

  /** The newest keys of a credential that verify its uploads. */
  static final int KEYS_PER_DEVICE = 5;

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Inject CheckIns checkIns;
  @Inject AuditLog auditLog;

  @Transactional
  public void registerKey(
      String credentialId, EntryPointId entryPoint, byte[] publicKey, Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO venue_offline_device_key"
                + " (credential_id, entry_point_id, public_key, registered_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, credentialId)
        .setParameter(2, entryPoint.value())
        .setParameter(3, publicKey)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
    auditLog.record(
        "OFFLINE_DEVICE_KEY_REGISTERED",
        ScanFacade.ENTRY_POINT,
        entryPoint.toString(),
        "device credential " + credentialId);
  }

  /** The credential's newest keys (SubjectPublicKeyInfo DER), newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<byte[]> keysOf(String credentialId) {
    @SuppressWarnings("unchecked")
    List<byte[]> keys =
        entityManager
            .createNativeQuery(
                "SELECT public_key FROM venue_offline_device_key WHERE credential_id = ?1"
                    + " ORDER BY id DESC LIMIT ?2")
            .setParameter(1, credentialId)
            .setParameter(2, KEYS_PER_DEVICE)
            .getResultList();
    return keys;
  }

  /** One scan, its own transaction: recorded now, or the earlier one under its key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public OneAnswerPerScan.Answer recordOne(RecordedScan scan, EntryPointPlace place) {
    return checkIns.answer(scan, place);
  }

  @Transactional
  public void audit(EntryPointId entryPoint, int accepted, int duplicates, int refused) {
    auditLog.record(
        "OFFLINE_SCANS_UPLOADED",
        ScanFacade.ENTRY_POINT,
        entryPoint.toString(),
        "accepted " + accepted + ", duplicates " + duplicates + ", refused " + refused);
  }
}
