package org.healthcode.status.domain.code;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.platform.crypto.Ed25519Keys;

/**
 * One verification key on the trust list (docs/adr/0032): an issuer (a city's administrative
 * division code), the key's number within it, the raw Ed25519 public key and when it may be used. A
 * code signed with it counts while the key is valid at the moment of the check (a key past its
 * {@code validUntil} no longer vouches for anything, not even codes it signed before).
 */
public record TrustedKey(
    int issuer,
    int keyNumber,
    byte[] publicKey,
    Instant validFrom,
    Optional<Instant> validUntil,
    boolean own) {

  public TrustedKey {
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    if (issuer < 100000 || issuer > 999999) {
      throw new IllegalArgumentException("an issuer is a six-digit division code");
    }
    if (keyNumber < 0 || keyNumber > 255) {
      throw new IllegalArgumentException("a key number is 0 to 255");
    }
    if (publicKey == null || publicKey.length != Ed25519Keys.PUBLIC_KEY_BYTES) {
      throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
    }
    if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
      throw new IllegalArgumentException("a key's validity ends after it starts");
    }
    publicKey = publicKey.clone();
  }

  public boolean validAt(Instant at) {
    return !at.isBefore(validFrom) && validUntil.map(at::isBefore).orElse(true);
  }

  public PublicKey key() {
    return Ed25519Keys.publicKey(publicKey);
  }

  public String publicKeyText() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey);
  }

  @Override
  public String toString() {
    return "TrustedKey[" + issuer + "/k" + keyNumber + (own ? ", own" : "") + "]";
  }
}
