package org.healthcode.identity.domain.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Staff accounts and their failed sign-ins. */
public interface StaffAccountRepository {

  /** How many failures since the given moment, and the last of them (null when none). */
  record Failures(long count, Instant last) {}

  Optional<StaffAccount> find(String username);

  /** Stores a new account now, so a duplicate username fails here and not at commit. */
  void add(StaffAccount account);

  /** Whether any account has the ADMIN role. */
  boolean anyAdmin();

  /** Accounts in username order after the given username (exclusive; null for the first page). */
  List<StaffAccount> page(String afterUsername, int limit);

  void recordFailure(String username, String clientAddress, Instant at);

  Failures failuresOfUsername(String username, Instant since);

  Failures failuresFromAddress(String clientAddress, Instant since);

  /**
   * Removes the username's and the address's failures older than the given moment: they no longer
   * count.
   */
  void forgetFailures(String username, String clientAddress, Instant before);

  /** Removes all of the username's failures, after a successful sign-in. */
  void forgetAllFailures(String username);
}
