package org.healthcode.status.domain.code;

import java.util.Objects;

/**
 * A code id as stored: whose it is, of which kind, and whether it has been revoked.
 *
 * @param personId the identity module's person id
 */
public record StoredCode(CodeId codeId, long personId, CodeKind kind, boolean revoked) {

  public StoredCode {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(kind, "kind");
  }
}
