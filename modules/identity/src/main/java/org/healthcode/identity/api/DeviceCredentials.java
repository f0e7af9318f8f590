package org.healthcode.identity.api;

import java.util.List;
import java.util.Optional;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * Entry-point device credentials, for the venue module: issue one per entry point (or device), list
 * and revoke them, and check on each scan that the credential behind a SCANNER token is still
 * active. Devices sign in with {@code deviceSignIn}.
 *
 * <p>Who may issue or revoke for an entry point is the venue module's rule (an operator of the
 * entry point's venue): it checks that before calling here. Every issue and revocation is audited.
 */
public interface DeviceCredentials {

  /** A new credential for the entry point; its secret is returned here and nowhere else. */
  @CallableBy(Role.VENUE_OPERATOR)
  IssuedDeviceCredential issue(EntryPointId entryPoint);

  /**
   * Revokes the credential: it can no longer sign in, and {@link #entryPointOf} turns empty, so
   * tokens it already holds stop working for scans. NOT_FOUND if there is no such credential.
   */
  @CallableBy(Role.VENUE_OPERATOR)
  void revoke(String credentialId);

  /** The entry point's credentials, oldest first, active and revoked. */
  @CallableBy(Role.VENUE_OPERATOR)
  List<DeviceCredentialInfo> listFor(EntryPointId entryPoint);

  /**
   * The entry point of the credential while it is active; empty if revoked or unknown. Asked on
   * every scan; a revocation takes effect on every node within a few seconds (docs/adr/0015).
   */
  @CallableBy(Role.SCANNER)
  Optional<EntryPointId> entryPointOf(String credentialId);
}
