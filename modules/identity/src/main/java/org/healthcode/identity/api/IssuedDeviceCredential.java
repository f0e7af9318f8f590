package org.healthcode.identity.api;

import java.time.Instant;

/**
 * A newly issued device credential. The secret is in this value only: it is never stored or shown
 * again, so the caller hands it to the device (or its operator) at once.
 */
public record IssuedDeviceCredential(
    String credentialId, EntryPointId entryPoint, String secret, Instant issuedAt) {

  @Override
  public String toString() {
    return "IssuedDeviceCredential[" + credentialId + " for " + entryPoint + "]";
  }
}
