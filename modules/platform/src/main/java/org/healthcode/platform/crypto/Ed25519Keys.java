package org.healthcode.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * A ring of Ed25519 signing keys (the JDK's own provider, RFC 8032) for what others verify without
 * our servers: the offline signature of a health code and the documents a gate downloads
 * (docs/adr/0032). Every key is published; the first signs. Rotation as for {@link HmacKeys}: put a
 * new key first and keep the old one (it still verifies and is still published) until everything
 * signed with it has expired.
 *
 * <p>Configuration is one value {@code "k2:BASE64,k1:BASE64"}: ids {@code k0} to {@code k255} (the
 * number is the key's byte in a signature), each key the 32-byte private key (the RFC 8032 seed) in
 * standard Base64, or its PKCS#8 DER form (48 bytes, what {@code openssl genpkey -algorithm ed25519
 * -outform DER} writes). The public key is derived from the seed.
 */
public final class Ed25519Keys {

  public static final int SEED_BYTES = 32;
  public static final int PUBLIC_KEY_BYTES = 32;
  public static final int SIGNATURE_BYTES = 64;

  /** PKCS#8 of an Ed25519 private key (RFC 8410) up to the 32 key bytes. */
  private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");

  /** X.509 SubjectPublicKeyInfo of an Ed25519 public key up to the 32 key bytes. */
  private static final byte[] SPKI_PREFIX = hex("302a300506032b6570032100");

  private final String purpose;
  private final Key signing;
  private final List<Key> keys;

  private Ed25519Keys(String purpose, List<Key> keys) {
    this.purpose = purpose;
    this.signing = keys.get(0);
    this.keys = Collections.unmodifiableList(keys);
  }

  /**
   * Parses {@code "k2:BASE64,k1:BASE64"}, first entry signing. Refuses with {@link
   * IllegalArgumentException} an empty value, malformed entries, ids outside k0..k255, an id given
   * twice, keys that are neither a 32-byte seed nor its PKCS#8 form. Messages never contain key
   * material.
   */
  public static Ed25519Keys fromConfig(String purpose, String spec) {
    List<Key> keys = new ArrayList<>();
    for (KeySpec.Entry entry : KeySpec.parse(purpose, spec)) {
      keys.add(fromSeed(entry.number(), seed(purpose, entry.id(), entry.key())));
    }
    return new Ed25519Keys(purpose, keys);
  }

  /** A new random key (tests, development tools). */
  public static Key generate(int number) {
    byte[] seed = new byte[SEED_BYTES];
    new SecureRandom().nextBytes(seed);
    return fromSeed(number, seed);
  }

  /** The key pair of a 32-byte seed (RFC 8032 private key). */
  public static Key fromSeed(int number, byte[] seed) {
    if (seed.length != SEED_BYTES) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
    }
    try {
      // the JDK's generator draws exactly the 32 private key bytes from its random source and
      // derives the public key from them: handing it the seed gives the pair of that seed
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
      KeyPair pair = generator.generateKeyPair();
      Key key = new Key(number, pair.getPrivate(), pair.getPublic(), rawPublic(pair.getPublic()));
      byte[] probe =
          "healthcode/ed25519-key-check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (!verify(key.publicKey(), probe, key.sign(probe))) {
        throw new IllegalStateException("the derived Ed25519 key pair does not match");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available in this JDK", e);
    }
  }

  /** An Ed25519 public key from its 32 raw bytes (RFC 8032 encoding). */
  public static PublicKey publicKey(byte[] raw) {
    if (raw == null || raw.length != PUBLIC_KEY_BYTES) {
      throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + PUBLIC_KEY_BYTES);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, PUBLIC_KEY_BYTES);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** The 32 raw bytes of an Ed25519 public key. */
  public static byte[] rawPublic(PublicKey key) {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length);
  }

  /**
   * Whether {@code signature} is the key's signature of {@code data}; false for any malformed
   * input.
   */
  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    if (signature == null || signature.length != SIGNATURE_BYTES) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  public Key signing() {
    return signing;
  }

  /** Signing key first. */
  public List<Key> keys() {
    return keys;
  }

  /** The key with this number, or {@code null}. */
  public Key byNumber(int number) {
    return keys.stream().filter(key -> key.number == number).findFirst().orElse(null);
  }

  private static byte[] seed(String purpose, String id, String base64) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw configError(purpose, "key '" + id + "' is not valid Base64");
    }
    if (decoded.length == SEED_BYTES) {
      return decoded;
    }
    if (decoded.length == PKCS8_PREFIX.length + SEED_BYTES
        && Arrays.equals(PKCS8_PREFIX, Arrays.copyOf(decoded, PKCS8_PREFIX.length))) {
      return Arrays.copyOfRange(decoded, PKCS8_PREFIX.length, decoded.length);
    }
    throw configError(
        purpose, "key '" + id + "' is neither a 32-byte Ed25519 seed nor its PKCS#8 form");
  }

  private static IllegalArgumentException configError(String purpose, String problem) {
    return KeySpec.error(purpose, problem);
  }

  private static byte[] hex(String text) {
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  /** Ids only: key material never reaches a log. */
  @Override
  public String toString() {
    return "Ed25519Keys["
        + purpose
        + ", signing=k"
        + signing.number
        + ", keys="
        + keys.stream().map(key -> "k" + key.number).toList()
        + "]";
  }

  /** One key pair; {@code number} is its byte in a signature. */
  public static final class Key {
    private final int number;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] rawPublic;

    private Key(int number, PrivateKey privateKey, PublicKey publicKey, byte[] rawPublic) {
      if (number < 0 || number > 255) {
        throw new IllegalArgumentException("a key number is 0 to 255");
      }
      this.number = number;
      this.privateKey = privateKey;
      this.publicKey = publicKey;
      this.rawPublic = rawPublic;
    }

    public int number() {
      return number;
    }

    public PublicKey publicKey() {
      return publicKey;
    }

    /** The 32 raw bytes of the public key, as published. */
    public byte[] rawPublicKey() {
      return rawPublic.clone();
    }

    /** The 64-byte Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
      try {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(data);
        return signer.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Ed25519 signing failed", e);
      }
    }

    @Override
    public String toString() {
      return "k" + number;
    }
  }

  /** A random source that hands out the given bytes: the seed for the JDK's generator. */
  private static final class FixedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient byte[] bytes;

    FixedBytes(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      if (out.length != bytes.length) {
        throw new IllegalStateException("the Ed25519 generator asked for " + out.length + " bytes");
      }
      System.arraycopy(bytes, 0, out, 0, out.length);
    }
  }
}
