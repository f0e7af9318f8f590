package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.Colour;

/**
 * A token this server signed and that has not expired. Its colour is the colour when it was issued;
 * a scan still reads the current colour, and the caller still checks revocation of the code id.
 *
 * @param colourAtIssue present for DYNAMIC codes, empty for PRINTED ones
 * @param expiresAt empty for a printed code issued without expiry
 */
public record VerifiedToken(
    CodeId codeId,
    CodeKind kind,
    Optional<Colour> colourAtIssue,
    Instant issuedAt,
    Optional<Instant> expiresAt,
    String keyId)
    implements TokenCheck {

  public VerifiedToken {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(colourAtIssue, "colourAtIssue");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(keyId, "keyId");
  }
}
