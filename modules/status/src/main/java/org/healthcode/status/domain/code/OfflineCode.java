package org.healthcode.status.domain.code;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.healthcode.platform.crypto.Base64Url;
import org.healthcode.platform.crypto.Ed25519Keys;
import org.healthcode.status.api.Colour;

/**
 * The text a QR code carries, {@code T.S} (docs/adr/0032): the online token T (docs/adr/0008) and
 * the offline signature S, 73 bytes, unpadded base64url, every number big-endian:
 *
 * <table>
 *   <caption>S</caption>
 *   <tr><th>offset</th><th>size</th><th>field</th></tr>
 *   <tr><td>0</td><td>4</td><td>issuer: the city's administrative division code (120000)</td></tr>
 *   <tr><td>4</td><td>1</td><td>key number of the issuer's offline signing key</td></tr>
 *   <tr><td>5</td><td>4</td><td>offline valid until, unsigned epoch seconds, never 0</td></tr>
 *   <tr><td>9</td><td>64</td><td>Ed25519 over {@code HCOFF1} ‖ bytes 0–8 of S ‖ bytes 0–27 of T</td></tr>
 * </table>
 *
 * <p>Parsing reads T's public fields without its HMAC (only the issuer can check that); the
 * signature is checked with the issuer's published key by {@link #signedBy}. Never throws on input.
 */
public record OfflineCode(
    String token,
    CodeKind kind,
    CodeId codeId,
    Optional<Colour> colourAtIssue,
    Instant issuedAt,
    Optional<Instant> expiresAt,
    int issuer,
    int keyNumber,
    Instant validUntil,
    byte[] signedBytes,
    byte[] signature) {

  /** The context that keeps these signatures apart from every other use of the keys. */
  public static final String CONTEXT = "HCOFF1";

  public static final int SIGNATURE_FIELD_BYTES = 73;
  static final int HEADER_BYTES = 9;
  static final int SIGNATURE_CHARS = (SIGNATURE_FIELD_BYTES * 8 + 5) / 6;
  private static final byte[] CONTEXT_BYTES = CONTEXT.getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /** Only T, whatever follows its separator: the server's online path reads T alone. */
  public static String tokenOf(String text) {
    if (text == null) {
      return null;
    }
    int dot = text.indexOf('.');
    return dot < 0 ? text : text.substring(0, dot);
  }

  /**
   * The issuer S names, read from its first six characters only (the scan's fast path needs no more
   * to tell our codes from another city's); empty when there is no S to read it from.
   */
  public static java.util.OptionalInt issuerOf(String text) {
    if (text == null
        || text.length() < CodeTokens.TOKEN_CHARS + 7
        || text.charAt(CodeTokens.TOKEN_CHARS) != '.') {
      return java.util.OptionalInt.empty();
    }
    int start = CodeTokens.TOKEN_CHARS + 1;
    byte[] head = Base64Url.decode(text.substring(start, start + 8));
    return head == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(ByteBuffer.wrap(head).getInt(0));
  }

  /** Whether the text carries an S at all. */
  public static boolean hasSignature(String text) {
    return text != null && text.indexOf('.') >= 0;
  }

  /**
   * T's public fields and S, or empty for anything not of this format (lengths, base64url, version,
   * kind, colour consistency, zero validity).
   */
  public static Optional<OfflineCode> parse(String text) {
    if (text == null || text.length() != CodeTokens.TOKEN_CHARS + 1 + SIGNATURE_CHARS) {
      return Optional.empty();
    }
    if (text.charAt(CodeTokens.TOKEN_CHARS) != '.') {
      return Optional.empty();
    }
    String token = text.substring(0, CodeTokens.TOKEN_CHARS);
    byte[] t = Base64Url.decode(token);
    byte[] s = Base64Url.decode(text.substring(CodeTokens.TOKEN_CHARS + 1));
    if (t == null || s == null || t[0] != CodeTokens.VERSION) {
      return Optional.empty();
    }
    CodeKind kind = CodeKind.fromWire(t[1]);
    ByteBuffer fields = ByteBuffer.wrap(t);
    int colourValue = t[19];
    long issuedAt = Integer.toUnsignedLong(fields.getInt(20));
    long expiresAt = Integer.toUnsignedLong(fields.getInt(24));
    boolean consistent =
        kind == CodeKind.DYNAMIC
            ? colourValue >= 1 && colourValue <= 3 && expiresAt != 0
            : kind == CodeKind.PRINTED && colourValue == 0;
    ByteBuffer header = ByteBuffer.wrap(s);
    long validUntil = Integer.toUnsignedLong(header.getInt(5));
    if (!consistent || validUntil == 0) {
      return Optional.empty();
    }
    Optional<Colour> colour =
        switch (colourValue) {
          case 1 -> Optional.of(Colour.GREEN);
          case 2 -> Optional.of(Colour.ORANGE);
          case 3 -> Optional.of(Colour.RED);
          default -> Optional.empty();
        };
    return Optional.of(
        new OfflineCode(
            token,
            kind,
            CodeId.fromBytes(t, 3),
            colour,
            Instant.ofEpochSecond(issuedAt),
            expiresAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiresAt)),
            header.getInt(0),
            s[4] & 0xFF,
            Instant.ofEpochSecond(validUntil),
            signedBytes(Arrays.copyOf(s, HEADER_BYTES), t),
            Arrays.copyOfRange(s, HEADER_BYTES, SIGNATURE_FIELD_BYTES)));
  }

  /** Whether S is {@code key}'s signature over this T. */
  public boolean signedBy(PublicKey key) {
    return Ed25519Keys.verify(key, signedBytes, signature);
  }

  /** Whether S still holds at {@code now}: valid until is exclusive, like T's expiry. */
  public boolean offlineValidAt(Instant now) {
    return now.isBefore(validUntil);
  }

  /** The signature field S for the token T: issuer, the key's number, valid until, signature. */
  public static String sign(String token, int issuer, Ed25519Keys.Key key, Instant validUntil) {
    byte[] t = Base64Url.decode(token);
    long until = validUntil.getEpochSecond();
    if (t == null || t.length != CodeTokens.TOKEN_BYTES || until <= 0 || until > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("cannot sign this token offline");
    }
    byte[] header =
        ByteBuffer.allocate(HEADER_BYTES)
            .putInt(issuer)
            .put((byte) key.number())
            .putInt((int) until)
            .array();
    byte[] s = Arrays.copyOf(header, SIGNATURE_FIELD_BYTES);
    System.arraycopy(key.sign(signedBytes(header, t)), 0, s, HEADER_BYTES, 64);
    return ENCODER.encodeToString(s);
  }

  /** {@code HCOFF1} ‖ bytes 0–8 of S ‖ bytes 0–27 of T. */
  static byte[] signedBytes(byte[] header, byte[] token) {
    byte[] out = new byte[CONTEXT_BYTES.length + HEADER_BYTES + CodeTokens.SIGNED_BYTES];
    System.arraycopy(CONTEXT_BYTES, 0, out, 0, CONTEXT_BYTES.length);
    System.arraycopy(header, 0, out, CONTEXT_BYTES.length, HEADER_BYTES);
    System.arraycopy(token, 0, out, CONTEXT_BYTES.length + HEADER_BYTES, CodeTokens.SIGNED_BYTES);
    return out;
  }

  @Override
  public String toString() {
    return "OfflineCode[" + kind + ", issuer " + issuer + ", k" + keyNumber + "]";
  }
}
