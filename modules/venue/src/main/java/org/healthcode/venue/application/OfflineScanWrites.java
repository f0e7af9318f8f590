package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.OfflineDeviceKeys;
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

  @Inject OfflineDeviceKeys keys;
  @Inject CheckIns checkIns;
  @Inject AuditLog auditLog;

  @Transactional
  public void registerKey(
      String credentialId, EntryPointId entryPoint, byte[] publicKey, Instant now) {
    keys.add(credentialId, entryPoint, publicKey, now);
    auditLog.record(
        "OFFLINE_DEVICE_KEY_REGISTERED",
        ScanFacade.ENTRY_POINT,
        entryPoint.toString(),
        "device credential " + credentialId);
  }

  /** The credential's newest keys (SubjectPublicKeyInfo DER), newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<byte[]> keysOf(String credentialId) {
    return keys.newest(credentialId, KEYS_PER_DEVICE);
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
