package org.healthcode.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Sign-in codes and the per-phone lock that keeps the rate limit exact across nodes. */
public interface SignInCodeRepository {

  /**
   * Locks the phone until the transaction ends: the next request for the same phone waits until
   * this one has been counted, on any node of a cluster (docs/adr/0023).
   */
  void lockPhone(byte[] phoneHash);

  /** How many codes the phone was sent after {@code since}. */
  long countSince(byte[] phoneHash, Instant since);

  void add(SignInCode code);

  /** The phone's most recent code, locked until the transaction ends. */
  Optional<SignInCode> latestForUpdate(byte[] phoneHash);
}
