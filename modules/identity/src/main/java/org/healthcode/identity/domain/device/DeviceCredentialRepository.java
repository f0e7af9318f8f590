package org.healthcode.identity.domain.device;

import java.util.List;
import java.util.Optional;

/** Entry-point device credentials. */
public interface DeviceCredentialRepository {

  Optional<DeviceCredential> find(String credentialId);

  /**
   * The entry point of the credential if it is active: one read by key on every scan, without
   * loading the credential (docs/adr/0014).
   */
  Optional<String> activeEntryPointOf(String credentialId);

  void add(DeviceCredential credential);

  /** The entry point's credentials, oldest first. */
  List<DeviceCredential> forEntryPoint(String entryPointId);
}
