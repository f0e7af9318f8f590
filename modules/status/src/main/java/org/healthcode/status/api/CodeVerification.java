package org.healthcode.status.api;

import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * Verification of scanned health codes, for the venue module (DESIGN §4, docs/adr/0011): checks
 * signature, expiry and revocation, then reads the current colour. Never throws on the token.
 */
public interface CodeVerification {

  @CallableBy(Role.SCANNER)
  CodeCheck verify(String token);
}
