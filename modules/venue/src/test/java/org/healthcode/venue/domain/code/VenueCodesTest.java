package org.healthcode.venue.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.crypto.HmacKeys;
import org.junit.jupiter.api.Test;

class VenueCodesTest {

  /** The start of a ten-minute window: 1772352000 = 2953920 × 600. */
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private static final long WINDOW = 2_953_920L;
  private static final Duration R = Duration.ofMinutes(10);
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final String k1 = randomKey();
  private final String k2 = randomKey();
  private final VenueCodes codes =
      new VenueCodes(HmacKeys.fromConfig("venue code keys", "k1:" + k1));
  private final EntryPointId entryPoint = new EntryPointId(new SecureRandom().nextInt(1, 1 << 30));

  @Test
  void issue_AnyCode_Is40CharactersOfUnpaddedBase64Url() {
    String code = codes.issue(entryPoint, NOW);

    assertThat(code).hasSize(40).matches("[A-Za-z0-9_-]{40}");
    assertThat(Base64.getUrlDecoder().decode(code)).hasSize(VenueCodes.CODE_BYTES);
  }

  @Test
  void verify_WhenJustIssued_ReturnsEntryPointWindowAndKey() {
    VenueCodeCheck check = codes.verify(codes.issue(entryPoint, NOW.plusMillis(250)), NOW);

    assertThat(check)
        .isEqualTo(
            new VerifiedVenueCode(
                entryPoint, WINDOW, Optional.of(NOW.plus(R.multipliedBy(2))), "k1"));
  }

  @Test
  void verify_WhenTheLargestEntryPointId_RoundTrips() {
    EntryPointId largest = new EntryPointId(Long.MAX_VALUE);

    VenueCodeCheck check = codes.verify(codes.issue(largest, NOW), NOW);

    assertThat(check).isInstanceOf(VerifiedVenueCode.class);
    assertThat(((VerifiedVenueCode) check).entryPoint()).isEqualTo(largest);
  }

  @Test
  void issue_TwiceInOneWindow_GivesTheSameCode() {
    assertThat(codes.issue(entryPoint, NOW))
        .isEqualTo(codes.issue(entryPoint, NOW.plusSeconds(599)));
  }

  @Test
  void issue_InTheNextWindow_GivesAnotherCode() {
    assertThat(codes.issue(entryPoint, NOW)).isNotEqualTo(codes.issue(entryPoint, NOW.plus(R)));
  }

  @Test
  void verify_WhenIssuedAtWindowStart_IsValidUntilJustBeforeTwoIntervals() {
    String code = codes.issue(entryPoint, NOW);

    assertThat(codes.verify(code, NOW.plus(R))).isInstanceOf(VerifiedVenueCode.class);
    assertThat(codes.verify(code, NOW.plus(R.multipliedBy(2)).minusNanos(1)))
        .isInstanceOf(VerifiedVenueCode.class);
    assertThat(codes.verify(code, NOW.plus(R.multipliedBy(2)))).isEqualTo(expired());
  }

  @Test
  void verify_WhenIssuedAtTheLastMomentOfAWindow_IsValidForOneMoreInterval() {
    String code = codes.issue(entryPoint, NOW.plus(R).minusNanos(1));

    assertThat(codes.verify(code, NOW.plus(R.multipliedBy(2)).minusSeconds(1)))
        .isInstanceOf(VerifiedVenueCode.class);
    assertThat(codes.verify(code, NOW.plus(R.multipliedBy(2)))).isEqualTo(expired());
  }

  @Test
  void verify_ForAnyIssueTime_WorksForAtLeastOneIntervalAndAtMostTwo() {
    Random random = new Random(12);
    for (int i = 0; i < 2_000; i++) {
      Instant issuedAt = NOW.plusMillis(random.nextLong(0, Duration.ofDays(30).toMillis()));
      String code = codes.issue(entryPoint, issuedAt);

      assertThat(codes.verify(code, issuedAt.plus(R).minusNanos(1)))
          .as("issued at %s", issuedAt)
          .isInstanceOf(VerifiedVenueCode.class);
      assertThat(codes.verify(code, issuedAt.plus(R.multipliedBy(2))))
          .as("issued at %s", issuedAt)
          .isEqualTo(expired());
    }
  }

  @Test
  void verify_LongAfterItsWindow_IsExpired() {
    String code = codes.issue(entryPoint, NOW);

    assertThat(codes.verify(code, NOW.plus(Duration.ofDays(3)))).isEqualTo(expired());
  }

  @Test
  void verify_WhenFromTheNextWindow_AcceptsItForClockSkew() {
    String code = codes.issue(entryPoint, NOW.plus(R));

    assertThat(codes.verify(code, NOW.plus(R).minusMillis(200)))
        .isInstanceOf(VerifiedVenueCode.class);
  }

  @Test
  void verify_WhenFromTwoWindowsAhead_IsInvalid() {
    String code = codes.issue(entryPoint, NOW.plus(R.multipliedBy(2)));

    assertThat(codes.verify(code, NOW.plus(R).minusNanos(1))).isEqualTo(invalid());
  }

  @Test
  void nextRotation_DuringAWindow_IsTheStartOfTheNext() {
    assertThat(codes.nextRotation(NOW)).contains(NOW.plus(R));
    assertThat(codes.nextRotation(NOW.plus(R).minusNanos(1))).contains(NOW.plus(R));
  }

  @Test
  void validUntil_OfTheCodeIssuedNow_IsWhatItsVerificationSays() {
    String code = codes.issue(entryPoint, NOW);

    assertThat(codes.validUntil(NOW)).contains(NOW.plus(R.multipliedBy(2)));
    assertThat(((VerifiedVenueCode) codes.verify(code, NOW)).validUntil())
        .isEqualTo(codes.validUntil(NOW));
  }

  @Test
  void verify_WhenAnyByteIsChanged_IsInvalid() {
    byte[] bytes = Base64.getUrlDecoder().decode(codes.issue(entryPoint, NOW));

    for (int index = 0; index < bytes.length; index++) {
      for (int flip : new int[] {0x01, 0x80, 0xFF}) {
        byte[] tampered = bytes.clone();
        tampered[index] ^= (byte) flip;
        assertThat(codes.verify(encode(tampered), NOW))
            .as("byte %d xor %x", index, flip)
            .isEqualTo(invalid());
      }
    }
  }

  @Test
  void verify_WhenAnyCharacterIsChanged_IsInvalid() {
    String code = codes.issue(entryPoint, NOW);

    for (int index = 0; index < code.length(); index++) {
      for (char replacement : ALPHABET.toCharArray()) {
        if (replacement == code.charAt(index)) {
          continue;
        }
        String tampered = code.substring(0, index) + replacement + code.substring(index + 1);
        assertThat(codes.verify(tampered, NOW))
            .as("character %d -> %s", index, replacement)
            .isEqualTo(invalid());
      }
    }
  }

  @Test
  void verify_WhenExpiredAndTampered_IsInvalidNotExpired() {
    byte[] bytes = Base64.getUrlDecoder().decode(codes.issue(entryPoint, NOW));
    bytes[5] ^= 1;

    assertThat(codes.verify(encode(bytes), NOW.plus(Duration.ofDays(1)))).isEqualTo(invalid());
  }

  @Test
  void verify_WhenTruncatedExtendedPaddedOrNull_IsInvalid() {
    String code = codes.issue(entryPoint, NOW);

    assertThat(codes.verify(code.substring(1), NOW)).isEqualTo(invalid());
    assertThat(codes.verify(code + "A", NOW)).isEqualTo(invalid());
    assertThat(codes.verify(code + "==", NOW)).isEqualTo(invalid());
    assertThat(codes.verify(" " + code.substring(1), NOW)).isEqualTo(invalid());
    assertThat(codes.verify("", NOW)).isEqualTo(invalid());
    assertThat(codes.verify(null, NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_WhenSignedWithAnotherKeyOfTheSameId_IsInvalid() {
    VenueCodes other = new VenueCodes(HmacKeys.fromConfig("venue code keys", "k1:" + k2));

    assertThat(codes.verify(other.issue(entryPoint, NOW), NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_WhenSignedWithAnUnknownKeyId_IsInvalid() {
    VenueCodes other = new VenueCodes(HmacKeys.fromConfig("venue code keys", "k7:" + k1));

    assertThat(codes.verify(other.issue(entryPoint, NOW), NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_AfterKeyRotation_AcceptsOldCodesAndSignsNewOnesWithTheNewKey() {
    String oldCode = codes.issue(entryPoint, NOW);
    VenueCodes rotated =
        new VenueCodes(HmacKeys.fromConfig("venue code keys", "k2:" + k2 + ",k1:" + k1));

    VenueCodeCheck old = rotated.verify(oldCode, NOW.plusSeconds(30));
    VenueCodeCheck fresh = rotated.verify(rotated.issue(entryPoint, NOW), NOW);

    assertThat(old).isInstanceOf(VerifiedVenueCode.class);
    assertThat(((VerifiedVenueCode) old).keyId()).isEqualTo("k1");
    assertThat(((VerifiedVenueCode) fresh).keyId()).isEqualTo("k2");
  }

  @Test
  void verify_WhenTheOldKeyIsDropped_RefusesItsCodes() {
    String oldCode = codes.issue(entryPoint, NOW);
    VenueCodes newKeyOnly = new VenueCodes(HmacKeys.fromConfig("venue code keys", "k2:" + k2));

    assertThat(newKeyOnly.verify(oldCode, NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_WhenSignedButOfAnotherVersion_IsInvalid() {
    byte[] bytes = fields(2, 1, entryPoint.value(), WINDOW);

    assertThat(codes.verify(signed(bytes, k1), NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_WhenSignedButTheEntryPointIsNotPositive_IsInvalid() {
    assertThat(codes.verify(signed(fields(1, 1, 0, WINDOW), k1), NOW)).isEqualTo(invalid());
    assertThat(codes.verify(signed(fields(1, 1, -5, WINDOW), k1), NOW)).isEqualTo(invalid());
  }

  @Test
  void verify_WhenSignedByTheDocumentedLayout_IsAccepted() {
    VenueCodeCheck check = codes.verify(signed(fields(1, 1, 42, WINDOW), k1), NOW);

    assertThat(check)
        .isEqualTo(
            new VerifiedVenueCode(
                new EntryPointId(42), WINDOW, Optional.of(NOW.plus(R.multipliedBy(2))), "k1"));
  }

  @Test
  void issue_WhenStatic_GivesOneCodeForeverWithoutExpiry() {
    VenueCodes printed =
        new VenueCodes(HmacKeys.fromConfig("venue code keys", "k1:" + k1), Duration.ZERO);
    String code = printed.issue(entryPoint, NOW);

    assertThat(printed.issue(entryPoint, NOW.plus(Duration.ofDays(400)))).isEqualTo(code);
    assertThat(printed.verify(code, NOW.plus(Duration.ofDays(3650))))
        .isEqualTo(new VerifiedVenueCode(entryPoint, 0, Optional.empty(), "k1"));
    assertThat(printed.nextRotation(NOW)).isEmpty();
    assertThat(printed.validUntil(NOW)).isEmpty();
    assertThat(printed.rotates()).isFalse();
  }

  @Test
  void verify_WhenStaticCodeButCodesNowRotate_IsExpired() {
    String printedCode =
        new VenueCodes(HmacKeys.fromConfig("venue code keys", "k1:" + k1), Duration.ZERO)
            .issue(entryPoint, NOW);

    assertThat(codes.verify(printedCode, NOW)).isEqualTo(expired());
  }

  @Test
  void verify_WhenRotatingCodeButCodesAreNowStatic_IsExpired() {
    VenueCodes printed =
        new VenueCodes(HmacKeys.fromConfig("venue code keys", "k1:" + k1), Duration.ZERO);

    assertThat(printed.verify(codes.issue(entryPoint, NOW), NOW)).isEqualTo(expired());
  }

  @Test
  void new_WhenRotationIsNegativeFractionalOrLongerThanADay_Refuses() {
    HmacKeys keys = HmacKeys.fromConfig("venue code keys", "k1:" + k1);

    for (Duration rotation :
        new Duration[] {
          Duration.ofSeconds(-1), Duration.ofMillis(1500), Duration.ofDays(1).plusSeconds(1)
        }) {
      assertThatThrownBy(() -> new VenueCodes(keys, rotation))
          .as(rotation.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new VenueCodes(keys, Duration.ofDays(1)).rotates()).isTrue();
  }

  @Test
  void verify_WhenFedRandomStrings_NeverThrowsAndRefusesAll() {
    Random random = new Random(2026);
    String characters = ALPHABET + "=+/ .:é中\u0000\uD800";
    for (int i = 0; i < 100_000; i++) {
      int length = i % 2 == 0 ? VenueCodes.CODE_CHARS : random.nextInt(0, 64);
      StringBuilder text = new StringBuilder(length);
      for (int c = 0; c < length; c++) {
        text.append(characters.charAt(random.nextInt(characters.length())));
      }
      assertThat(codes.verify(text.toString(), NOW)).as(text.toString()).isEqualTo(invalid());
    }
  }

  @Test
  void verify_WhenFedRandomBytesOfTheRightLength_NeverThrowsAndRefusesAll() {
    Random random = new Random(2027);
    byte[] bytes = new byte[VenueCodes.CODE_BYTES];
    for (int i = 0; i < 100_000; i++) {
      random.nextBytes(bytes);
      if (i % 2 == 0) {
        bytes[0] = VenueCodes.VERSION;
        bytes[1] = 1;
      }
      assertThat(codes.verify(encode(bytes), NOW)).isEqualTo(invalid());
    }
  }

  private static byte[] fields(int version, int keyNumber, long entryPoint, long window) {
    return ByteBuffer.allocate(VenueCodes.CODE_BYTES)
        .put((byte) version)
        .put((byte) keyNumber)
        .putLong(entryPoint)
        .putInt((int) window)
        .array();
  }

  /** Signs by the layout in the class comment, independently of VenueCodes. */
  private static String signed(byte[] bytes, String base64Key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
      mac.update("healthcode/venue-code/1".getBytes(StandardCharsets.US_ASCII));
      mac.update(bytes, 0, 14);
      System.arraycopy(mac.doFinal(), 0, bytes, 14, 16);
      return encode(bytes);
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static VenueCodeCheck invalid() {
    return new VenueCodeCheck.Rejected(VenueCodeFailure.VENUE_CODE_INVALID);
  }

  private static VenueCodeCheck expired() {
    return new VenueCodeCheck.Rejected(VenueCodeFailure.VENUE_CODE_EXPIRED);
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
