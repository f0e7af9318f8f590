package org.healthcode.status.api;

/**
 * Verification of scanned health codes, for the venue module (DESIGN §4, docs/adr/0011): checks
 * signature, expiry and revocation, then reads the current colour. Never throws on the token.
 */
public interface CodeVerification {

  CodeCheck verify(String token);
}
