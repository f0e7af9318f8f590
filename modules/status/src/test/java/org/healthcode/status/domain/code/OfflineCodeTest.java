package org.healthcode.status.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.healthcode.platform.crypto.Ed25519Keys;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

/** The byte layout of T.S (docs/adr/0032) and its signature. */
class OfflineCodeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00.250Z");
  private static final int TIANJIN = 120000;
  private static final CodeTokens TOKENS =
      new CodeTokens(
          HmacKeys.fromConfig(
              "code token keys", "k1:" + Base64.getEncoder().encodeToString(new byte[32])));
  private static final Ed25519Keys.Key KEY =
      Ed25519Keys.fromSeed(
          3,
          HexFormat.of()
              .parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));

  @Test
  void sign_AnAppCode_LaysOutIssuerKeyValidityAndSignatureOverContextHeaderAndTokenFields() {
    CodeId codeId = CodeId.random();
    String token = TOKENS.issue(codeId, Colour.ORANGE, NOW);
    Instant until = NOW.plus(Duration.ofHours(24));

    String s = OfflineCode.sign(token, TIANJIN, KEY, until);
    String text = token + "." + s;

    assertThat(s).hasSize(98).doesNotContain("=", "+", "/");
    assertThat(text).hasSize(158);
    byte[] bytes = Base64.getUrlDecoder().decode(s);
    assertThat(bytes).hasSize(73);
    ByteBuffer header = ByteBuffer.wrap(bytes);
    assertThat(header.getInt(0)).isEqualTo(120000);
    assertThat(bytes[4]).isEqualTo((byte) 3);
    assertThat(Integer.toUnsignedLong(header.getInt(5))).isEqualTo(until.getEpochSecond());
    // the signed bytes, built here by hand from the contract
    byte[] t = Base64.getUrlDecoder().decode(token);
    byte[] signed = new byte[43];
    System.arraycopy("HCOFF1".getBytes(StandardCharsets.US_ASCII), 0, signed, 0, 6);
    System.arraycopy(bytes, 0, signed, 6, 9);
    System.arraycopy(t, 0, signed, 15, 28);
    assertThat(Ed25519Keys.verify(KEY.publicKey(), signed, Arrays.copyOfRange(bytes, 9, 73)))
        .isTrue();

    OfflineCode parsed = OfflineCode.parse(text).orElseThrow();
    assertThat(parsed.token()).isEqualTo(token);
    assertThat(parsed.kind()).isEqualTo(CodeKind.DYNAMIC);
    assertThat(parsed.codeId()).isEqualTo(codeId);
    assertThat(parsed.colourAtIssue()).contains(Colour.ORANGE);
    assertThat(parsed.issuedAt()).isEqualTo(Instant.ofEpochSecond(NOW.getEpochSecond()));
    assertThat(parsed.issuer()).isEqualTo(TIANJIN);
    assertThat(parsed.keyNumber()).isEqualTo(3);
    assertThat(parsed.validUntil()).isEqualTo(Instant.ofEpochSecond(until.getEpochSecond()));
    assertThat(parsed.signedBy(KEY.publicKey())).isTrue();
    assertThat(parsed.signedBy(Ed25519Keys.generate(3).publicKey())).isFalse();
    assertThat(parsed.offlineValidAt(until.minusSeconds(1))).isTrue();
    assertThat(parsed.offlineValidAt(Instant.ofEpochSecond(until.getEpochSecond()))).isFalse();
  }

  @Test
  void parse_APaperCode_HasNoColourAndItsTokenIsWhatTheServerReads() {
    String token = TOKENS.issuePrinted(CodeId.random(), NOW);
    String text =
        token + "." + OfflineCode.sign(token, 110000, KEY, NOW.plus(Duration.ofDays(365)));

    OfflineCode parsed = OfflineCode.parse(text).orElseThrow();

    assertThat(parsed.kind()).isEqualTo(CodeKind.PRINTED);
    assertThat(parsed.colourAtIssue()).isEmpty();
    assertThat(parsed.issuer()).isEqualTo(110000);
    assertThat(OfflineCode.tokenOf(text)).isEqualTo(token);
    assertThat(OfflineCode.tokenOf(token)).isEqualTo(token);
    assertThat(OfflineCode.hasSignature(text)).isTrue();
    assertThat(OfflineCode.hasSignature(token)).isFalse();
  }

  @Test
  void signedBy_AnyChangedByteOfTheSignedPartsOrTheSignature_FailsAndParseNeverThrows() {
    String token = TOKENS.issue(CodeId.random(), Colour.GREEN, NOW);
    String s = OfflineCode.sign(token, TIANJIN, KEY, NOW.plusSeconds(3600));
    byte[] t = Base64.getUrlDecoder().decode(token);
    byte[] sig = Base64.getUrlDecoder().decode(s);
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    // every byte of T's signed part (0-27) and of S; T's tag (28-43) is not covered by S
    for (int i = 0; i < 28; i++) {
      byte[] changed = t.clone();
      changed[i] ^= 0x01;
      Optional<OfflineCode> parsed = OfflineCode.parse(encoder.encodeToString(changed) + "." + s);
      assertThat(parsed.map(code -> code.signedBy(KEY.publicKey())).orElse(false))
          .as("T byte %d", i)
          .isFalse();
    }
    for (int i = 0; i < 73; i++) {
      byte[] changed = sig.clone();
      changed[i] ^= 0x01;
      Optional<OfflineCode> parsed =
          OfflineCode.parse(token + "." + encoder.encodeToString(changed));
      assertThat(parsed.map(code -> code.signedBy(KEY.publicKey())).orElse(false))
          .as("S byte %d", i)
          .isFalse();
    }
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 20_000; i++) {
      byte[] junk = new byte[random.nextInt(200)];
      random.nextBytes(junk);
      OfflineCode.parse(new String(junk, StandardCharsets.ISO_8859_1));
      OfflineCode.parse(token + "." + encoder.encodeToString(Arrays.copyOf(junk, 73)));
    }
    for (String bad :
        List.of("", ".", token, token + ".", token + "." + s + "A", "x".repeat(158))) {
      assertThat(OfflineCode.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void trustList_Payload_IsTheContractsJsonAndForeignKeysParse() {
    byte[] foreign = Ed25519Keys.generate(1).rawPublicKey();
    String spec =
        "110000|k1|"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(foreign)
            + "|2026-01-01T00:00:00Z|2027-01-01T00:00:00Z, 130000|k2|"
            + Base64.getEncoder().encodeToString(foreign)
            + "|2026-01-01T00:00:00Z|";
    List<TrustedKey> keys = new java.util.ArrayList<>(TrustList.parseForeign(spec, TIANJIN));
    keys.add(
        0, new TrustedKey(TIANJIN, 3, KEY.rawPublicKey(), Instant.EPOCH, Optional.empty(), true));
    TrustList list = new TrustList(keys);

    assertThat(list.find(110000, 1).orElseThrow().validAt(Instant.parse("2026-06-01T00:00:00Z")))
        .isTrue();
    assertThat(list.find(110000, 1).orElseThrow().validAt(Instant.parse("2027-01-01T00:00:00Z")))
        .isFalse();
    assertThat(list.find(130000, 2).orElseThrow().validUntil()).isEmpty();
    assertThat(list.find(110000, 2)).isEmpty();
    assertThat(list.payload(Instant.parse("2026-03-01T08:00:00Z")))
        .startsWith(
            "{\"issuedAt\":\"2026-03-01T08:00:00Z\",\"keys\":[{\"issuer\":\"120000\",\"keyNumber\":3,"
                + "\"algorithm\":\"Ed25519\",\"publicKey\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\","
                + "\"validFrom\":\"1970-01-01T00:00:00Z\",\"validUntil\":null,\"own\":true},")
        .contains("\"validUntil\":\"2027-01-01T00:00:00Z\",\"own\":false");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TrustList.parseForeign("120000|k1|AAAA|2026-01-01T00:00:00Z|", TIANJIN))
        .hasMessageContaining("names this city");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> TrustList.parseForeign("110000|k1|AAAA|yesterday|", TIANJIN))
        .hasMessageContaining("entry 1");
  }

  @Test
  void feedPage_Payload_IsTheContractsJson() {
    CodeId codeId = new CodeId(1, 2);
    FeedCursor cursor = new FeedCursor(Instant.ofEpochMilli(1_700_000_000_123L), 42);
    FeedPage page =
        new FeedPage(
            TIANJIN,
            Optional.empty(),
            cursor,
            false,
            Instant.parse("2026-03-01T08:00:00Z"),
            List.of(new FeedChange(codeId, "RED", Instant.ofEpochSecond(1_700_000_000L), cursor)));

    assertThat(page.payload())
        .isEqualTo(
            "{\"issuer\":\"120000\",\"after\":null,\"endCursor\":\"c1.1700000000123.42\","
                + "\"hasMore\":false,\"generatedAt\":\"2026-03-01T08:00:00Z\",\"changes\":["
                + "{\"codeId\":\"AAAAAAAAAAEAAAAAAAAAAg\",\"colour\":\"RED\",\"at\":1700000000}]}");
    assertThat(FeedCursor.parse("c1.1700000000123.42")).contains(cursor);
    assertThat(FeedCursor.parse("c1.x.42")).isEmpty();
    assertThat(FeedCursor.parse(null)).isEmpty();
  }
}
