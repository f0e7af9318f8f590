package org.healthcode.venue.domain;

import java.time.Instant;
import java.util.List;
import org.healthcode.identity.api.EntryPointId;

/** The public keys offline gates sign their scans with, per device credential (docs/adr/0033). */
public interface OfflineDeviceKeys {

  /** Registers a key (SubjectPublicKeyInfo DER) of the credential at its entry point. */
  void add(String credentialId, EntryPointId entryPoint, byte[] publicKey, Instant registeredAt);

  /** The credential's newest keys, newest first, at most {@code limit}. */
  List<byte[]> newest(String credentialId, int limit);
}
