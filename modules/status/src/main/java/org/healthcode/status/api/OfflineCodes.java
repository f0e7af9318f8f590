package org.healthcode.status.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * What a gate needs to decide offline (docs/adr/0032), for the venue module's {@code
 * offlineBundle}: the trust list, the change feed and the freshness window.
 */
public interface OfflineCodes {

  /** This city's and the trusted cities' verification keys, signed with the current key. */
  @CallableBy(Role.SCANNER)
  SignedDocument trustList();

  /**
   * The code ids that changed after the cursor, or the full current state without one (or when the
   * cursor is older than the feed keeps); BAD_INPUT for a cursor this server did not write.
   */
  @CallableBy(Role.SCANNER)
  SignedDocument feed(Optional<String> after);

  /**
   * The holder of a code text {@code T.S} read at {@code at}: S must verify with a key on the trust
   * list that is valid at {@code at}, and an own code's id must be known here. With {@code
   * withinValidity}, S's "valid until" must not have passed either. Refuses with TOKEN_INVALID (not
   * this format, a bad signature, an unknown own code id), ISSUER_UNTRUSTED, ISSUER_KEY_EXPIRED or
   * TOKEN_EXPIRED.
   */
  @CallableBy(Role.SCANNER)
  OfflineHolder holderOf(String codeText, Instant at, boolean withinValidity);

  /** How long a gate may decide on a bundle without a newer one. */
  @CallableBy(Role.SCANNER)
  Duration freshness();
}
