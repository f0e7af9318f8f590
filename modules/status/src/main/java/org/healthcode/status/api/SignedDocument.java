package org.healthcode.status.api;

import java.util.Objects;

/**
 * A document a gate downloads and checks offline (docs/adr/0032): a JSON payload, the signing city
 * and its key's number, and the Ed25519 signature over the payload's UTF-8 bytes, unpadded
 * base64url.
 */
public record SignedDocument(String payload, String issuer, int keyNumber, String signature) {

  public SignedDocument {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(signature, "signature");
  }
}
