package org.healthcode.status.domain.code;

import java.time.Instant;
import java.util.Optional;

/**
 * Where code ids live (status_code). A person has at most one active code id of each kind; it stays
 * the same until revoked, so issuing a fresh token writes nothing.
 */
public interface CodeStore {

  /**
   * The code id by primary key, with its person's current colour: the one read a scan makes (a
   * colour change is seen at once, a revocation too).
   */
  Optional<StoredCode> find(CodeId codeId);

  /**
   * The person's current colour and active code id of this kind, in one read: all an app code needs
   * once its code id exists. Empty before the person's first colour.
   */
  Optional<CurrentCode> current(long personId, CodeKind kind);

  /**
   * The person's active code id of this kind, created on first use. Safe under concurrent first
   * uses: all of them get the same id.
   */
  CodeId activeCode(long personId, CodeKind kind, Instant now);

  /**
   * Revokes the person's active code of this kind, if any.
   *
   * @param by who revoked it (a token subject)
   * @return whether there was one to revoke
   */
  boolean revoke(long personId, CodeKind kind, Instant at, String by);
}
