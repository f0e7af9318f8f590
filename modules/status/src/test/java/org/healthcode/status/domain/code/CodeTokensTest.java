package org.healthcode.status.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeTokensTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00.250Z");
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final String k1 = randomKey();
  private final String k2 = randomKey();
  private final CodeTokens tokens =
      new CodeTokens(HmacKeys.fromConfig("code token keys", "k1:" + k1));

  @ParameterizedTest
  @EnumSource(Colour.class)
  void verify_WhenJustIssued_ReturnsWhatWasIssued(Colour colour) {
    CodeId codeId = CodeId.random();

    TokenCheck check = tokens.verify(tokens.issue(codeId, colour, NOW), NOW);

    assertThat(check)
        .isEqualTo(
            new VerifiedToken(
                codeId,
                CodeKind.DYNAMIC,
                Optional.of(colour),
                Instant.parse("2026-03-01T08:00:00Z"),
                Optional.of(Instant.parse("2026-03-01T08:05:00Z")),
                "k1"));
  }

  @Test
  void issue_AnyCode_Is59CharactersOfUnpaddedBase64Url() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(token).hasSize(59).matches("[A-Za-z0-9_-]{59}");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(CodeTokens.TOKEN_BYTES);
  }

  @Test
  void issue_TwoCodesAtTheSameSecond_DifferOnlyInCodeIdAndTag() {
    byte[] a = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));
    byte[] b = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));

    assertThat(slice(a, 0, 3)).isEqualTo(slice(b, 0, 3));
    assertThat(slice(a, 19, 28)).isEqualTo(slice(b, 19, 28));
    assertThat(slice(a, 3, 19)).isNotEqualTo(slice(b, 3, 19));
  }

  @Test
  void verify_WhenAnyByteIsChanged_IsInvalid() {
    byte[] bytes = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));

    for (int index = 0; index < bytes.length; index++) {
      for (int flip : new int[] {0x01, 0x80, 0xFF}) {
        byte[] tampered = bytes.clone();
        tampered[index] ^= (byte) flip;
        assertThat(tokens.verify(encode(tampered), NOW))
            .as("byte %d xor %x", index, flip)
            .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
      }
    }
  }

  @Test
  void verify_WhenAnyCharacterIsChanged_IsInvalid() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    for (int index = 0; index < token.length(); index++) {
      for (char replacement : ALPHABET.toCharArray()) {
        if (replacement == token.charAt(index)) {
          continue;
        }
        String tampered = token.substring(0, index) + replacement + token.substring(index + 1);
        assertThat(tokens.verify(tampered, NOW))
            .as("character %d -> %s", index, replacement)
            .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
      }
    }
  }

  @Test
  void verify_WhenTruncatedOrExtended_IsInvalid() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(token.substring(1), NOW))
        .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    assertThat(tokens.verify(token + "A", NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    assertThat(tokens.verify(token + "=", NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    assertThat(tokens.verify(" " + token.substring(1), NOW))
        .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void verify_OneSecondBeforeExpiry_IsValid() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(token, Instant.parse("2026-03-01T08:04:59.999Z")))
        .isInstanceOf(VerifiedToken.class);
  }

  @Test
  void verify_ExactlyAtExpiry_IsExpired() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(token, Instant.parse("2026-03-01T08:05:00Z")))
        .isEqualTo(rejected(TokenFailure.TOKEN_EXPIRED));
  }

  @Test
  void verify_AfterExpiry_IsExpired() {
    String token = tokens.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(2))))
        .isEqualTo(rejected(TokenFailure.TOKEN_EXPIRED));
  }

  @Test
  void verify_WhenExpiredAndTampered_IsInvalidNotExpired() {
    byte[] bytes = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));
    bytes[5] ^= 1;

    assertThat(tokens.verify(encode(bytes), NOW.plus(Duration.ofDays(1))))
        .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void issue_WithAValidityOfSeconds_ExpiresAfterThem() {
    CodeTokens shortLived =
        new CodeTokens(
            HmacKeys.fromConfig("code token keys", "k1:" + k1),
            Duration.ofSeconds(10),
            Optional.empty());
    String token = shortLived.issue(CodeId.random(), Colour.ORANGE, NOW);

    assertThat(shortLived.verify(token, NOW.plusSeconds(9))).isInstanceOf(VerifiedToken.class);
    assertThat(shortLived.verify(token, NOW.plusSeconds(10)))
        .isEqualTo(rejected(TokenFailure.TOKEN_EXPIRED));
  }

  @Test
  void verify_WhenSignedWithTheOldKeyAfterRotation_VerifiesUntilExpiry() {
    CodeTokens beforeRotation = new CodeTokens(HmacKeys.fromConfig("code token keys", "k1:" + k1));
    CodeTokens afterRotation =
        new CodeTokens(HmacKeys.fromConfig("code token keys", "k2:" + k2 + ",k1:" + k1));
    CodeId codeId = CodeId.random();
    String old = beforeRotation.issue(codeId, Colour.GREEN, NOW);

    TokenCheck check = afterRotation.verify(old, NOW.plusSeconds(60));

    assertThat(check).isInstanceOf(VerifiedToken.class);
    assertThat(((VerifiedToken) check).keyId()).isEqualTo("k1");
    assertThat(afterRotation.verify(old, NOW.plusSeconds(300)))
        .isEqualTo(rejected(TokenFailure.TOKEN_EXPIRED));
    String fresh = afterRotation.issue(codeId, Colour.GREEN, NOW);
    assertThat(((VerifiedToken) afterRotation.verify(fresh, NOW)).keyId()).isEqualTo("k2");
  }

  @Test
  void verify_WhenTheKeyIdIsUnknown_IsInvalid() {
    CodeTokens withK2 = new CodeTokens(HmacKeys.fromConfig("code token keys", "k2:" + k2));
    String token = withK2.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(token, NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void verify_WhenSignedWithAnotherKeyUnderTheSameId_IsInvalid() {
    CodeTokens forger = new CodeTokens(HmacKeys.fromConfig("code token keys", "k1:" + k2));
    String forged = forger.issue(CodeId.random(), Colour.GREEN, NOW);

    assertThat(tokens.verify(forged, NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void verify_WhenCorrectlySignedButOfAnUnknownVersion_IsInvalid() {
    byte[] bytes = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));
    bytes[0] = 2;

    assertThat(tokens.verify(encode(resign(bytes)), NOW))
        .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void verify_WhenCorrectlySignedButInconsistent_IsInvalid() {
    byte[] dynamic = Base64.getUrlDecoder().decode(tokens.issue(CodeId.random(), Colour.RED, NOW));
    byte[] printed = Base64.getUrlDecoder().decode(tokens.issuePrinted(CodeId.random(), NOW));

    byte[] unknownKind = dynamic.clone();
    unknownKind[1] = 9;
    byte[] dynamicWithoutColour = dynamic.clone();
    dynamicWithoutColour[19] = 0;
    byte[] dynamicUnknownColour = dynamic.clone();
    dynamicUnknownColour[19] = 4;
    byte[] dynamicNeverExpiring = dynamic.clone();
    ByteBuffer.wrap(dynamicNeverExpiring).putInt(24, 0);
    byte[] expiresBeforeIssue = dynamic.clone();
    ByteBuffer.wrap(expiresBeforeIssue).putInt(24, ByteBuffer.wrap(dynamic).getInt(20));
    byte[] printedWithColour = printed.clone();
    printedWithColour[19] = 1;

    for (byte[] bytes :
        new byte[][] {
          unknownKind,
          dynamicWithoutColour,
          dynamicUnknownColour,
          dynamicNeverExpiring,
          expiresBeforeIssue,
          printedWithColour
        }) {
      assertThat(tokens.verify(encode(resign(bytes)), NOW))
          .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    }
  }

  @Test
  void issuePrinted_ThenVerify_HasNoColourAndExpiresAfterAYear() {
    CodeId codeId = CodeId.random();

    TokenCheck check =
        tokens.verify(tokens.issuePrinted(codeId, NOW), NOW.plus(Duration.ofDays(300)));

    assertThat(check)
        .isEqualTo(
            new VerifiedToken(
                codeId,
                CodeKind.PRINTED,
                Optional.empty(),
                Instant.parse("2026-03-01T08:00:00Z"),
                Optional.of(Instant.parse("2027-03-01T08:00:00Z")),
                "k1"));
    assertThat(tokens.verify(tokens.issuePrinted(codeId, NOW), NOW.plus(Duration.ofDays(365))))
        .isEqualTo(rejected(TokenFailure.TOKEN_EXPIRED));
  }

  @Test
  void issuePrinted_WithoutExpiry_VerifiesDecadesLater() {
    CodeTokens noExpiry =
        new CodeTokens(
            HmacKeys.fromConfig("code token keys", "k1:" + k1),
            Duration.ofMinutes(5),
            Optional.empty());
    String token = noExpiry.issuePrinted(CodeId.random(), NOW);

    TokenCheck check = noExpiry.verify(token, NOW.plus(Duration.ofDays(365 * 40)));

    assertThat(check).isInstanceOf(VerifiedToken.class);
    assertThat(((VerifiedToken) check).expiresAt()).isEmpty();
    assertThat(((VerifiedToken) check).colourAtIssue()).isEmpty();
  }

  @Test
  void verify_WhenNull_IsInvalid() {
    assertThat(tokens.verify(null, NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
  }

  @Test
  void verify_WhenGivenRandomStrings_OnlyRejects() {
    Random random = new Random(20260301);
    String printable = ALPHABET + "=+/ .:!\"'\\%\u0000\n\u00e9\u4e2d\ud83d\ude00\ud800";
    for (int i = 0; i < 100_000; i++) {
      // Half of them well-formed base64url of the right length, so they reach the tag check.
      String candidate =
          i % 2 == 0
              ? randomString(random, ALPHABET, CodeTokens.TOKEN_CHARS)
              : randomString(random, printable, random.nextInt(120));
      assertThat(tokens.verify(candidate, NOW))
          .as(candidate)
          .isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    }
  }

  @Test
  void verify_WhenGivenRandomBytesOfTheRightLength_OnlyRejects() {
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      byte[] bytes = new byte[CodeTokens.TOKEN_BYTES];
      random.nextBytes(bytes);
      bytes[0] = CodeTokens.VERSION;
      bytes[2] = 1;
      assertThat(tokens.verify(encode(bytes), NOW)).isEqualTo(rejected(TokenFailure.TOKEN_INVALID));
    }
  }

  @Test
  void constructor_WhenAValidityIsNotWholeSeconds_Refuses() {
    HmacKeys keys = HmacKeys.fromConfig("code token keys", "k1:" + k1);

    assertThatThrownBy(() -> new CodeTokens(keys, Duration.ofMillis(1500), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodeTokens(keys, Duration.ZERO, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new CodeTokens(keys, Duration.ofMinutes(5), Optional.of(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codeId_WhenPrintedAndParsed_IsTheSame() {
    CodeId codeId = CodeId.random();

    assertThat(codeId.toString()).hasSize(22);
    assertThat(CodeId.parse(codeId.toString())).contains(codeId);
    assertThat(CodeId.parse("not a code id")).isEmpty();
    assertThat(CodeId.random()).isNotEqualTo(codeId);
  }

  /** Signs {@code bytes} like the server would, to test what happens after the tag check. */
  private byte[] resign(byte[] bytes) {
    byte[] tag =
        HmacKeys.fromConfig("code token keys", "k1:" + k1)
            .byNumber(1)
            .mac(new byte[0], bytes, CodeTokens.SIGNED_BYTES);
    System.arraycopy(tag, 0, bytes, CodeTokens.SIGNED_BYTES, CodeTokens.TAG_BYTES);
    return bytes;
  }

  private static TokenCheck rejected(TokenFailure failure) {
    return new TokenCheck.Rejected(failure);
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static String randomString(Random random, String characters, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(characters.charAt(random.nextInt(characters.length())));
    }
    return text.toString();
  }

  static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
