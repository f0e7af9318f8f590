package org.healthcode.status.domain.code;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeFailure;

/**
 * The scan path (docs/adr/0011): signature and expiry in memory, then one indexed read of the code
 * id with its person's current colour (a revocation or a colour change is seen at once). Status
 * keeps no personal data: the venue asks identity for the holder's masked name. Never throws on the
 * token.
 */
public final class CodeVerifier {

  private final CodeTokens tokens;
  private final CodeStore codes;
  private final Clock clock;

  public CodeVerifier(CodeTokens tokens, CodeStore codes, Clock clock) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.codes = Objects.requireNonNull(codes, "codes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public CodeCheck verify(String token) {
    // T.S: our own codes are checked by T alone, the HMAC fast path (docs/adr/0032)
    TokenCheck check = tokens.verify(OfflineCode.tokenOf(token), clock.instant());
    if (check instanceof TokenCheck.Rejected rejected) {
      return CodeCheck.refused(
          rejected.failure() == TokenFailure.TOKEN_EXPIRED
              ? CodeFailure.TOKEN_EXPIRED
              : CodeFailure.TOKEN_INVALID);
    }
    VerifiedToken verified = (VerifiedToken) check;
    Optional<StoredCode> stored = codes.find(verified.codeId());
    // signed by us but unknown, or of another kind: only a lost database or a leaked key makes one
    if (stored.isEmpty() || stored.get().kind() != verified.kind()) {
      return CodeCheck.refused(CodeFailure.TOKEN_INVALID);
    }
    if (stored.get().revoked()) {
      return CodeCheck.refused(CodeFailure.CODE_REVOKED);
    }
    return CodeCheck.valid(
        new PersonId(stored.get().personId()), stored.get().currentColour().orElse(null));
  }
}
