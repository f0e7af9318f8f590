package org.healthcode.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The RSA keys bearer tokens are verified with, by key id (docs/adr/0028). A key's id is its RFC
 * 7638 JWK thumbprint (SHA-256, base64url), computed from the key itself by the signer and the
 * verifier alike, so no id has to be configured and none can be configured wrong; a JWKS entry's
 * own {@code kid} names the key too.
 *
 * <p>Where the keys come from (MicroProfile JWT's names): {@code mp.jwt.verify.publickey} holds one
 * or more PEM {@code PUBLIC KEY} blocks or a JWKS document; {@code
 * mp.jwt.verify.publickey.location} names a class-path resource, a file or {@code file:} URL with
 * the same, or a directory whose every {@code *.pem}, {@code *.json} and {@code *.jwks} file adds
 * its keys. Several keys verify at once, which is what lets the signing key change without logging
 * anyone out.
 */
public final class JwtKeys {

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN PUBLIC KEY-----(.*?)-----END PUBLIC KEY-----", Pattern.DOTALL);

  private final Map<String, PublicKey> byId;
  private final List<PublicKey> distinct;

  private JwtKeys(Map<String, PublicKey> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    List<PublicKey> keys = new ArrayList<>();
    for (PublicKey key : byId.values()) {
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    this.distinct = List.copyOf(keys);
  }

  public static JwtKeys none() {
    return new JwtKeys(Map.of());
  }

  public static JwtKeys of(List<PublicKey> keys) {
    Map<String, PublicKey> byId = new LinkedHashMap<>();
    for (PublicKey key : keys) {
      byId.put(thumbprint(key), key);
    }
    return new JwtKeys(byId);
  }

  /** The key with this id, or null. */
  public PublicKey byId(String keyId) {
    return byId.get(keyId);
  }

  /** Each key once, in configuration order: for tokens signed before key ids (no {@code kid}). */
  public List<PublicKey> all() {
    return distinct;
  }

  public boolean isEmpty() {
    return distinct.isEmpty();
  }

  /** Ids only, never key material. */
  @Override
  public String toString() {
    return "JwtKeys" + byId.keySet();
  }

  /** PEM blocks or a JWKS document, as the text of a value, a resource or a file. */
  public static JwtKeys parse(String text) {
    return new JwtKeys(parseInto(new LinkedHashMap<>(), text));
  }

  /**
   * A class-path resource, a file, a {@code file:} URL or a directory of {@code *.pem}, {@code
   * *.json} and {@code *.jwks} files (read in name order).
   */
  public static JwtKeys read(String location) {
    return new JwtKeys(parseInto(new LinkedHashMap<>(), readText(location)));
  }

  /** What {@link #read} reads, so that a caller can tell when it changed (names, sizes, times). */
  public static String fingerprint(String location) {
    Path path = localPath(location);
    if (path == null) {
      return location;
    }
    StringBuilder print = new StringBuilder(location);
    for (Path file : files(path)) {
      try {
        print
            .append('|')
            .append(file.getFileName())
            .append(':')
            .append(Files.size(file))
            .append(':')
            .append(Files.getLastModifiedTime(file).toMillis());
      } catch (IOException e) {
        print.append("|?");
      }
    }
    return print.toString();
  }

  private static String readText(String location) {
    Path path = localPath(location);
    if (path == null) {
      try (InputStream resource =
          JwtKeys.class.getClassLoader().getResourceAsStream(location.replaceFirst("^/", ""))) {
        if (resource == null) {
          throw new IllegalStateException(
              "The token verification key location names no file or resource: " + location);
        }
        return new String(resource.readAllBytes(), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the token verification keys", e);
      }
    }
    StringBuilder text = new StringBuilder();
    for (Path file : files(path)) {
      try {
        text.append(Files.readString(file, StandardCharsets.US_ASCII)).append('\n');
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the token verification keys", e);
      }
    }
    return text.toString();
  }

  /** The location as a path when it is a file or directory on this machine, else null. */
  private static Path localPath(String location) {
    Path path =
        location.startsWith("file:") ? Path.of(URI.create(location).getPath()) : Path.of(location);
    return location.startsWith("file:") || Files.exists(path) ? path : null;
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> listed = Files.list(path)) {
      return listed
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().matches(".*\\.(pem|json|jwks)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list the token verification key directory", e);
    }
  }

  /**
   * Adds the keys of one text: JWKS documents (a text per file in a directory is joined, so each
   * JSON document is on its own), PEM blocks, or one PEM body without its armour.
   */
  private static Map<String, PublicKey> parseInto(Map<String, PublicKey> keys, String text) {
    Matcher pem = PEM_BLOCK.matcher(text);
    String rest = PEM_BLOCK.matcher(text).replaceAll(" ").strip();
    while (pem.find()) {
      PublicKey key = BearerTokens.parsePublicKey(pem.group());
      keys.put(thumbprint(key), key);
    }
    if (rest.startsWith("{")) {
      parseJwks(keys, rest);
    } else if (!rest.isEmpty()) {
      // a PEM body without its armour, as MicroProfile JWT accepts in mp.jwt.verify.publickey
      PublicKey key = BearerTokens.parsePublicKey(rest);
      keys.put(thumbprint(key), key);
    }
    return keys;
  }

  /** One or more JWKS documents ({@code {"keys":[...]}}) or single JWKs, one after the other. */
  private static void parseJwks(Map<String, PublicKey> keys, String json) {
    try (JsonReader reader = Json.createReader(new StringReader("[" + joinDocuments(json) + "]"))) {
      for (JsonValue document : reader.readArray()) {
        JsonObject object = document.asJsonObject();
        JsonArray entries =
            object.containsKey("keys")
                ? object.getJsonArray("keys")
                : Json.createArrayBuilder().add(object).build();
        for (JsonValue entry : entries) {
          JsonObject jwk = entry.asJsonObject();
          if (!"RSA".equals(jwk.getString("kty", null))
              || (jwk.containsKey("use") && !"sig".equals(jwk.getString("use", null)))) {
            continue;
          }
          PublicKey key = rsaKey(jwk.getString("n"), jwk.getString("e"));
          keys.put(thumbprint(key), key);
          if (jwk.containsKey("kid")) {
            keys.put(jwk.getString("kid"), key);
          }
        }
      }
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalStateException("The token verification keys are neither PEM nor JWKS", e);
    }
  }

  /** Top-level JSON documents written one after the other become array elements. */
  private static String joinDocuments(String json) {
    StringBuilder joined = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (char c : json.toCharArray()) {
      if (depth == 0 && !inString && c == '{' && joined.length() > 0) {
        joined.append(',');
      }
      joined.append(c);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return joined.toString();
  }

  private static PublicKey rsaKey(String n, String e) {
    try {
      Base64.Decoder decoder = Base64.getUrlDecoder();
      return KeyFactory.getInstance("RSA")
          .generatePublic(
              new RSAPublicKeySpec(
                  new BigInteger(1, decoder.decode(n)), new BigInteger(1, decoder.decode(e))));
    } catch (GeneralSecurityException | IllegalArgumentException ex) {
      throw new IllegalStateException("A JWKS entry is not an RSA public key", ex);
    }
  }

  /** The public half of an RSA PKCS#8 private key (its CRT form carries modulus and exponent). */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalStateException("The token signing key is not an RSA CRT private key");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot derive the token signing key's public key", e);
    }
  }

  /** RFC 7638 JWK thumbprint: SHA-256 of {@code {"e":…,"kty":"RSA","n":…}}, base64url. */
  public static String thumbprint(PublicKey key) {
    if (!(key instanceof RSAPublicKey rsa)) {
      throw new IllegalStateException("Only RSA keys verify bearer tokens");
    }
    String canonical =
        "{\"e\":\""
            + unsigned(rsa.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + unsigned(rsa.getModulus())
            + "\"}";
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Base64url of the big-endian unsigned bytes, without a leading zero byte. */
  static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
