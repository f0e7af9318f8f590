package org.healthcode.status.domain.code;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.platform.crypto.Base64Url;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.Colour;

/**
 * Issues and verifies the signed tokens that health-code QR images carry (docs/adr/0008). A token
 * is 44 bytes, 59 characters of unpadded base64url:
 *
 * <pre>
 * offset size  field
 *      0    1  format version, 1
 *      1    1  kind: 1 DYNAMIC, 2 PRINTED
 *      2    1  key number (key id kN)
 *      3   16  code id
 *     19    1  colour at issue: 1 GREEN, 2 ORANGE, 3 RED; 0 (none) for PRINTED
 *     20    4  issued at, seconds since the epoch, unsigned big-endian
 *     24    4  expires at, seconds since the epoch, unsigned; 0 = never (PRINTED only)
 *     28   16  HMAC-SHA256 over bytes 0..27 under the key, first 16 bytes
 * </pre>
 *
 * A token is valid from its issue until just before its expiry: at the expiry second it is expired.
 * Seconds in 32 unsigned bits last until 2106.
 *
 * <p>Thread-safe.
 */
public final class CodeTokens {

  public static final Duration DEFAULT_DYNAMIC_VALIDITY = Duration.ofMinutes(5);
  public static final Duration DEFAULT_PRINTED_VALIDITY = Duration.ofDays(365);

  static final int VERSION = 1;
  static final int SIGNED_BYTES = 28;

  /** The health-code token's tag covers its bytes alone (ADR 8); the venue code adds a label. */
  private static final byte[] NO_CONTEXT = new byte[0];

  static final int TAG_BYTES = 16;
  static final int TOKEN_BYTES = SIGNED_BYTES + TAG_BYTES;
  static final int TOKEN_CHARS = (TOKEN_BYTES * 8 + 5) / 6;

  private static final int NO_COLOUR = 0;
  private static final long NEVER = 0;
  private static final long MAX_SECONDS = 0xFFFF_FFFFL;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final TokenCheck INVALID = new TokenCheck.Rejected(TokenFailure.TOKEN_INVALID);
  private static final TokenCheck EXPIRED = new TokenCheck.Rejected(TokenFailure.TOKEN_EXPIRED);

  private final HmacKeys keys;
  private final long dynamicSeconds;
  private final Optional<Long> printedSeconds;

  /** Five-minute app codes, paper codes valid for a year. */
  public CodeTokens(HmacKeys keys) {
    this(keys, DEFAULT_DYNAMIC_VALIDITY, Optional.of(DEFAULT_PRINTED_VALIDITY));
  }

  /**
   * @param dynamicValidity how long an app code verifies; whole seconds, at least one
   * @param printedValidity how long a paper code verifies; empty for no expiry at all, leaving
   *     revocation as the only way to withdraw one
   */
  public CodeTokens(HmacKeys keys, Duration dynamicValidity, Optional<Duration> printedValidity) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.dynamicSeconds = wholeSeconds("dynamic validity", dynamicValidity);
    this.printedSeconds =
        printedValidity.map(validity -> wholeSeconds("printed validity", validity));
  }

  /** A code for the app: the colour now, expiring after the dynamic validity. */
  public String issue(CodeId codeId, Colour colour, Instant now) {
    Objects.requireNonNull(colour, "colour");
    return encode(CodeKind.DYNAMIC, codeId, wireColour(colour), now, Optional.of(dynamicSeconds));
  }

  /** A code to print: no colour, because a paper code outlives any colour; a scan looks it up. */
  public String issuePrinted(CodeId codeId, Instant now) {
    return encode(CodeKind.PRINTED, codeId, NO_COLOUR, now, printedSeconds);
  }

  /**
   * Checks format, signature and expiry, in that order; never throws on the token. Revocation of
   * the code id is the caller's to check.
   */
  public TokenCheck verify(String token, Instant now) {
    Objects.requireNonNull(now, "now");
    if (token == null || token.length() != TOKEN_CHARS) {
      return INVALID;
    }
    byte[] bytes = Base64Url.decode(token);
    if (bytes == null || bytes[0] != VERSION) {
      return INVALID;
    }
    HmacKeys.Key key = keys.byNumber(bytes[2] & 0xFF);
    if (key == null || !tagMatches(key.mac(NO_CONTEXT, bytes, SIGNED_BYTES), bytes)) {
      return INVALID;
    }
    ByteBuffer fields = ByteBuffer.wrap(bytes);
    CodeKind kind = CodeKind.fromWire(bytes[1]);
    CodeId codeId = CodeId.fromBytes(bytes, 3);
    int colourValue = bytes[19];
    long issuedAt = Integer.toUnsignedLong(fields.getInt(20));
    long expiresAt = Integer.toUnsignedLong(fields.getInt(24));
    // Signed by us yet inconsistent: only a bug or a leaked key makes one; trust nothing in it.
    boolean consistent =
        kind == CodeKind.DYNAMIC
            ? colourValue >= 1 && colourValue <= 3 && expiresAt != NEVER
            : kind == CodeKind.PRINTED && colourValue == NO_COLOUR;
    if (!consistent || (expiresAt != NEVER && expiresAt <= issuedAt)) {
      return INVALID;
    }
    if (expiresAt != NEVER && now.getEpochSecond() >= expiresAt) {
      return EXPIRED;
    }
    return new VerifiedToken(
        codeId,
        kind,
        colourFromWire(colourValue),
        Instant.ofEpochSecond(issuedAt),
        expiresAt == NEVER ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiresAt)),
        key.id());
  }

  private String encode(
      CodeKind kind, CodeId codeId, int colour, Instant now, Optional<Long> validitySeconds) {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(now, "now");
    long issuedAt = now.getEpochSecond();
    long expiresAt = validitySeconds.map(seconds -> issuedAt + seconds).orElse(NEVER);
    if (issuedAt <= 0 || expiresAt > MAX_SECONDS) {
      throw new IllegalArgumentException("cannot issue a code token at " + now);
    }
    HmacKeys.Key key = keys.signing();
    ByteBuffer buffer = ByteBuffer.allocate(TOKEN_BYTES);
    buffer.put((byte) VERSION).put((byte) kind.wireValue()).put((byte) key.number());
    codeId.writeTo(buffer);
    buffer.put((byte) colour).putInt((int) issuedAt).putInt((int) expiresAt);
    byte[] bytes = buffer.array();
    buffer.put(key.mac(NO_CONTEXT, bytes, SIGNED_BYTES), 0, TAG_BYTES);
    return ENCODER.encodeToString(bytes);
  }

  /** Constant time: how many leading bytes match must not show in how long the check takes. */
  private static boolean tagMatches(byte[] expected, byte[] token) {
    int difference = 0;
    for (int i = 0; i < TAG_BYTES; i++) {
      difference |= expected[i] ^ token[SIGNED_BYTES + i];
    }
    return difference == 0;
  }

  /** The colour's byte, fixed by the format rather than by the enum's order. */
  private static int wireColour(Colour colour) {
    return switch (colour) {
      case GREEN -> 1;
      case ORANGE -> 2;
      case RED -> 3;
    };
  }

  private static Optional<Colour> colourFromWire(int value) {
    return switch (value) {
      case 1 -> Optional.of(Colour.GREEN);
      case 2 -> Optional.of(Colour.ORANGE);
      case 3 -> Optional.of(Colour.RED);
      default -> Optional.empty();
    };
  }

  private static long wholeSeconds(String name, Duration validity) {
    Objects.requireNonNull(validity, name);
    if (validity.getNano() != 0
        || validity.getSeconds() < 1
        || validity.getSeconds() > MAX_SECONDS) {
      throw new IllegalArgumentException(
          name + " must be whole seconds, at least one: " + validity);
    }
    return validity.getSeconds();
  }
}
