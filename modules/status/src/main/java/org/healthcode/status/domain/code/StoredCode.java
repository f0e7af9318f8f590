package org.healthcode.status.domain.code;

import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.Colour;

/**
 * A code id as stored: whose it is, of which kind, whether it has been revoked, and the person's
 * colour as it is now, read together in one indexed query (the scan path, docs/adr/0011).
 *
 * @param personId the identity module's person id
 * @param currentColour the person's current colour; empty before their first colour
 */
public record StoredCode(
    CodeId codeId, long personId, CodeKind kind, boolean revoked, Optional<Colour> currentColour) {

  public StoredCode {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currentColour, "currentColour");
  }
}
