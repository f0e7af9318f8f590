package org.healthcode.identity.domain;

import java.util.List;
import java.util.Optional;

/** Accounts and their dependent links. */
public interface AccountRepository {

  Optional<Account> find(long id);

  /**
   * Whether the account holds the person (its self or a current dependent), without loading the
   * account: asked on every code issue (docs/adr/0014, 0015).
   */
  boolean holds(long accountId, long personId);

  /** The account locked until the transaction ends, so that two changes to it run one by one. */
  Optional<Account> findForUpdate(long id);

  Optional<Account> findByPhoneHash(byte[] phoneHash);

  /** The account whose own person this is. */
  Optional<Account> findBySelf(long personId);

  /** The current link to the person, if an account applies for them now. */
  Optional<DependentLink> findCurrentLink(long personId);

  /** Every link to the person, ended ones included. */
  List<DependentLink> linksTo(long personId);

  /** Stores a new account now; it has its id on return. */
  Account add(Account account);

  /** Writes the changes to the accounts and links read so far now, before the caller goes on. */
  void flush();
}
