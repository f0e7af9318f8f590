package org.healthcode.venue.domain.code;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.crypto.Base64Url;
import org.healthcode.platform.crypto.HmacKeys;

/**
 * Issues and verifies the venue code in an entry point's QR (DESIGN §5, docs/adr/0012). A code is
 * 30 bytes, 40 characters of unpadded base64url:
 *
 * <pre>
 * offset size  field
 *      0    1  format version, 1
 *      1    1  key number (key id kN)
 *      2    8  entry point id, big-endian, positive
 *     10    4  rotation window: epoch seconds / rotation interval, unsigned; 0 = static code
 *     14   16  HMAC-SHA256 over "healthcode/venue-code/1" then bytes 0..13, first 16 bytes
 * </pre>
 *
 * <p>Rotation with interval R: time is cut into windows {@code [nR, (n+1)R)}; a code issued in
 * window n verifies in windows n and n + 1, so a photo of it stops working at most 2R after it was
 * shown, and at least R after. A code of the window after the current one is accepted as well: it
 * comes from a node whose clock is a moment ahead, just at a window's end. With R zero the code is
 * static: window 0, the same code for an entry point forever (to print), withdrawn only by dropping
 * its key. Changing between static and rotating makes the other kind's codes expire.
 *
 * <p>Thread-safe.
 */
public final class VenueCodes {

  public static final Duration DEFAULT_ROTATION = Duration.ofMinutes(10);

  /** Longer than a day is no rotation worth the name; print a static code instead. */
  public static final Duration LONGEST_ROTATION = Duration.ofDays(1);

  static final int VERSION = 1;
  static final int SIGNED_BYTES = 14;
  static final int TAG_BYTES = 16;
  static final int CODE_BYTES = SIGNED_BYTES + TAG_BYTES;
  static final int CODE_CHARS = CODE_BYTES * 8 / 6;
  static final long STATIC_WINDOW = 0;

  /** Keys may be shared with nothing else, but if they were, these tags would still differ. */
  private static final byte[] CONTEXT =
      "healthcode/venue-code/1".getBytes(StandardCharsets.US_ASCII);

  private static final long MAX_WINDOW = 0xFFFF_FFFFL;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final VenueCodeCheck INVALID =
      new VenueCodeCheck.Rejected(VenueCodeFailure.VENUE_CODE_INVALID);
  private static final VenueCodeCheck EXPIRED =
      new VenueCodeCheck.Rejected(VenueCodeFailure.VENUE_CODE_EXPIRED);

  private final HmacKeys keys;

  /** Rotation interval in seconds; 0 for static codes. */
  private final long rotationSeconds;

  /** Codes rotating every ten minutes. */
  public VenueCodes(HmacKeys keys) {
    this(keys, DEFAULT_ROTATION);
  }

  /**
   * @param rotation the rotation interval: whole seconds, at most a day; zero for static codes
   */
  public VenueCodes(HmacKeys keys, Duration rotation) {
    this.keys = Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(rotation, "rotation");
    if (rotation.isNegative()
        || rotation.getNano() != 0
        || rotation.compareTo(LONGEST_ROTATION) > 0) {
      throw new IllegalArgumentException(
          "the venue code rotation is whole seconds from 0 (static) to a day, got " + rotation);
    }
    this.rotationSeconds = rotation.getSeconds();
  }

  public boolean rotates() {
    return rotationSeconds != 0;
  }

  /** The code of {@code entryPoint} for the window of {@code now}, signed with the first key. */
  public String issue(EntryPointId entryPoint, Instant now) {
    Objects.requireNonNull(entryPoint, "entryPoint");
    long window = windowAt(now);
    if (rotates() && (window <= STATIC_WINDOW || window > MAX_WINDOW)) {
      throw new IllegalArgumentException("cannot issue a rotating venue code at " + now);
    }
    HmacKeys.Key key = keys.signing();
    ByteBuffer buffer = ByteBuffer.allocate(CODE_BYTES);
    buffer.put((byte) VERSION).put((byte) key.number());
    buffer.putLong(entryPoint.value()).putInt((int) window);
    byte[] bytes = buffer.array();
    buffer.put(key.mac(CONTEXT, bytes, SIGNED_BYTES), 0, TAG_BYTES);
    return ENCODER.encodeToString(bytes);
  }

  /**
   * When the code issued at {@code now} is replaced by the next one: the moment a display fetches a
   * new code. Empty for static codes.
   */
  public Optional<Instant> nextRotation(Instant now) {
    if (!rotates()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond((windowAt(now) + 1) * rotationSeconds));
  }

  /**
   * The first instant at which the code issued at {@code now} no longer verifies: the end of the
   * window after its own. Empty for static codes.
   */
  public Optional<Instant> validUntil(Instant now) {
    return nextRotation(now).map(next -> next.plusSeconds(rotationSeconds));
  }

  /**
   * Checks format, signature and window, in that order; never throws on the code. Any failure is
   * {@code VENUE_CODE_INVALID} except a genuine code that is no longer current, {@code
   * VENUE_CODE_EXPIRED}.
   */
  public VenueCodeCheck verify(String code, Instant now) {
    Objects.requireNonNull(now, "now");
    if (code == null || code.length() != CODE_CHARS) {
      return INVALID;
    }
    byte[] bytes = Base64Url.decode(code);
    if (bytes == null || bytes[0] != VERSION) {
      return INVALID;
    }
    HmacKeys.Key key = keys.byNumber(bytes[1] & 0xFF);
    if (key == null || !tagMatches(key.mac(CONTEXT, bytes, SIGNED_BYTES), bytes)) {
      return INVALID;
    }
    ByteBuffer fields = ByteBuffer.wrap(bytes);
    long entryPoint = fields.getLong(2);
    long window = Integer.toUnsignedLong(fields.getInt(10));
    if (entryPoint <= 0) {
      return INVALID;
    }
    if (!rotates()) {
      return window == STATIC_WINDOW
          ? new VerifiedVenueCode(new EntryPointId(entryPoint), window, Optional.empty(), key.id())
          : EXPIRED;
    }
    long current = windowAt(now);
    if (window > current + 1) {
      // Signed by us for a time that has not come: only a changed interval or a bug makes one.
      return INVALID;
    }
    if (window == STATIC_WINDOW || window < current - 1) {
      return EXPIRED;
    }
    return new VerifiedVenueCode(
        new EntryPointId(entryPoint),
        window,
        Optional.of(Instant.ofEpochSecond((window + 2) * rotationSeconds)),
        key.id());
  }

  private long windowAt(Instant now) {
    Objects.requireNonNull(now, "now");
    return rotates() ? Math.floorDiv(now.getEpochSecond(), rotationSeconds) : STATIC_WINDOW;
  }

  /** Constant time: how many leading bytes match must not show in how long the check takes. */
  private static boolean tagMatches(byte[] expected, byte[] code) {
    int difference = 0;
    for (int i = 0; i < TAG_BYTES; i++) {
      difference |= expected[i] ^ code[SIGNED_BYTES + i];
    }
    return difference == 0;
  }
}
