package org.healthcode.status.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeFailure;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

class CodeVerifierTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private static final long PERSON = 42;

  private final CodeTokens tokens = new CodeTokens(keys());
  private final InMemoryCodeStore codes = new InMemoryCodeStore();
  private final Map<Long, Colour> colours = new HashMap<>();
  private final CodeVerifier verifier =
      new CodeVerifier(tokens, codes, Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC));

  @Test
  void verify_WhenTheColourChangedAfterIssue_AnswersTheCurrentColour() {
    colours.put(PERSON, Colour.GREEN);
    String token = tokens.issue(codes.activeCode(PERSON, CodeKind.DYNAMIC, NOW), Colour.GREEN, NOW);
    colours.put(PERSON, Colour.RED);

    CodeCheck check = verifier.verify(token);

    assertThat(check).isEqualTo(CodeCheck.valid(new PersonId(PERSON), Colour.RED));
  }

  @Test
  void verify_WhenThePaperCodeWasRevoked_IsCodeRevokedAtOnce() {
    colours.put(PERSON, Colour.GREEN);
    String token = tokens.issuePrinted(codes.activeCode(PERSON, CodeKind.PRINTED, NOW), NOW);
    assertThat(verifier.verify(token).valid()).isTrue();

    codes.revoke(PERSON, CodeKind.PRINTED, NOW, "citizen:1");

    assertThat(verifier.verify(token)).isEqualTo(CodeCheck.refused(CodeFailure.CODE_REVOKED));
  }

  @Test
  void verify_WhenThePersonHasNoColourYet_IsValidWithoutColour() {
    String token = tokens.issuePrinted(codes.activeCode(PERSON, CodeKind.PRINTED, NOW), NOW);

    CodeCheck check = verifier.verify(token);

    assertThat(check.valid()).isTrue();
    assertThat(check.currentColour()).isNull();
  }

  @Test
  void verify_WhenExpired_IsTokenExpired() {
    colours.put(PERSON, Colour.GREEN);
    Instant longAgo = NOW.minus(Duration.ofMinutes(6));
    String token =
        tokens.issue(codes.activeCode(PERSON, CodeKind.DYNAMIC, longAgo), Colour.GREEN, longAgo);

    assertThat(verifier.verify(token)).isEqualTo(CodeCheck.refused(CodeFailure.TOKEN_EXPIRED));
  }

  @Test
  void verify_WhenTheCodeIdIsUnknownOrTheKeyIsNotOurs_IsTokenInvalid() {
    String unknown = tokens.issue(CodeId.random(), Colour.GREEN, NOW);
    String fromAnotherNode =
        new CodeTokens(keys())
            .issue(codes.activeCode(PERSON, CodeKind.DYNAMIC, NOW), Colour.GREEN, NOW);
    String otherKey =
        new CodeTokens(HmacKeys.fromConfig("code token keys", "k1:" + key(7)))
            .issue(codes.activeCode(PERSON, CodeKind.DYNAMIC, NOW), Colour.GREEN, NOW);

    assertThat(verifier.verify(unknown).failure()).isEqualTo(CodeFailure.TOKEN_INVALID);
    assertThat(verifier.verify(fromAnotherNode).valid()).isTrue();
    assertThat(verifier.verify(otherKey).failure()).isEqualTo(CodeFailure.TOKEN_INVALID);
    assertThat(verifier.verify("not a token").failure()).isEqualTo(CodeFailure.TOKEN_INVALID);
    assertThat(verifier.verify(null).failure()).isEqualTo(CodeFailure.TOKEN_INVALID);
  }

  @Test
  void activeCode_UntilRevoked_StaysTheSameAndANewOneFollows() {
    CodeId first = codes.activeCode(PERSON, CodeKind.PRINTED, NOW);
    assertThat(codes.activeCode(PERSON, CodeKind.PRINTED, NOW)).isEqualTo(first);

    codes.revoke(PERSON, CodeKind.PRINTED, NOW, "citizen:1");

    assertThat(codes.activeCode(PERSON, CodeKind.PRINTED, NOW)).isNotEqualTo(first);
  }

  private static HmacKeys keys() {
    return HmacKeys.fromConfig("code token keys", "k1:" + key(1));
  }

  private static String key(long seed) {
    byte[] key = new byte[32];
    new Random(seed).nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** The code store as a map, with status_code's rule: one active code per person and kind. */
  private final class InMemoryCodeStore implements CodeStore {
    private final Map<CodeId, StoredCode> byId = new HashMap<>();

    /** Like the joined read: the colour is the person's colour at the moment of the read. */
    @Override
    public Optional<StoredCode> find(CodeId codeId) {
      return Optional.ofNullable(byId.get(codeId))
          .map(
              c ->
                  new StoredCode(
                      c.codeId(),
                      c.personId(),
                      c.kind(),
                      c.revoked(),
                      Optional.ofNullable(colours.get(c.personId()))));
    }

    @Override
    public Optional<CurrentCode> current(long personId, CodeKind kind) {
      return Optional.ofNullable(colours.get(personId))
          .map(
              colour ->
                  new CurrentCode(
                      colour,
                      byId.values().stream()
                          .filter(c -> c.personId() == personId && c.kind() == kind && !c.revoked())
                          .map(StoredCode::codeId)
                          .findFirst()));
    }

    @Override
    public CodeId activeCode(long personId, CodeKind kind, Instant now) {
      return byId.values().stream()
          .filter(c -> c.personId() == personId && c.kind() == kind && !c.revoked())
          .map(StoredCode::codeId)
          .findFirst()
          .orElseGet(
              () -> {
                CodeId id = CodeId.random();
                byId.put(id, new StoredCode(id, personId, kind, false, Optional.empty()));
                return id;
              });
    }

    @Override
    public boolean revoke(long personId, CodeKind kind, Instant at, String by) {
      Optional<StoredCode> active =
          byId.values().stream()
              .filter(c -> c.personId() == personId && c.kind() == kind && !c.revoked())
              .findFirst();
      active.ifPresent(
          c ->
              byId.put(
                  c.codeId(), new StoredCode(c.codeId(), personId, kind, true, Optional.empty())));
      return active.isPresent();
    }
  }
}
