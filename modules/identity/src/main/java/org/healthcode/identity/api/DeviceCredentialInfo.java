package org.healthcode.identity.api;

import java.time.Instant;

/** A device credential as it may be listed: never its secret. revokedAt is null while active. */
public record DeviceCredentialInfo(
    String credentialId, EntryPointId entryPoint, Instant issuedAt, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
