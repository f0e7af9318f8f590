package org.healthcode.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.platform.i18n.Language;

/**
 * The SMS outbox (docs/adr/0026). An entry is written in the transaction that stores its code; each
 * attempt is claimed in a transaction of its own (committed before the gateway is called, so that
 * another node, or this one after a restart, sees the attempt), and its outcome recorded in
 * another. Two nodes claiming one entry cannot both have it.
 */
public interface SignInCodeOutbox {

  /** What a claim hands to the sender. */
  record Claimed(long id, byte[] message, Language language, Instant expiresAt, int attempts) {}

  /** Adds an entry in the caller's transaction, which must be there; its id. */
  long add(byte[] sealed, Language language, Instant expiresAt);

  /**
   * Claims the entry for one attempt, for {@code hold} (after which another node may try), if it is
   * due and unclaimed; the attempt is counted now, so it shows even if this node dies sending.
   */
  Optional<Claimed> claim(long id, Duration hold);

  /** The attempt succeeded: sent, and the sealed message is dropped. */
  void sent(long id);

  /** The attempt failed: tried again after {@code retryAfter}, or (empty) failed for good. */
  void attemptFailed(long id, String failure, Optional<Duration> retryAfter);

  /** Entries due for an attempt (unsent, not failed, unclaimed or claimed by a node that died). */
  List<Long> due(int limit);

  /** Removes entries sent or failed more than a day ago; how many. */
  int purge();
}
