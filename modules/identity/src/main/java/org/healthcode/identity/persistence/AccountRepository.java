package org.healthcode.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthcode.identity.domain.Account;
import org.healthcode.identity.domain.DependentLink;
import org.healthcode.platform.database.JdbcReads;

/** Accounts and their dependent links (identity_account, identity_dependent_link). */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(entityManager.find(Account.class, id));
  }

  /**
   * Whether the account holds the person (its self or a current dependent), by one indexed read and
   * without loading the account: asked on every code issue, in plain JDBC so that it opens no
   * Hibernate session (docs/adr/0014, 0015).
   */
  public boolean holds(long accountId, long personId) {
    return JdbcReads.first(
            dataSource,
            "SELECT 1 FROM identity_account a WHERE a.id = ? AND (a.self_person_id = ?"
                + " OR EXISTS (SELECT 1 FROM identity_dependent_link l WHERE l.account_id = a.id"
                + " AND l.current_person_id = ?))",
            statement -> {
              statement.setLong(1, accountId);
              statement.setLong(2, personId);
              statement.setLong(3, personId);
            },
            row -> Boolean.TRUE,
            "account " + accountId)
        .isPresent();
  }

  /** The account locked until the transaction ends, so that two changes to it run one by one. */
  public Optional<Account> findForUpdate(long id) {
    return Optional.ofNullable(
        entityManager.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Account> findByPhoneHash(byte[] phoneHash) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.phoneHash = :hash", Account.class)
        .setParameter("hash", phoneHash)
        .getResultStream()
        .findFirst();
  }

  /** The account whose own person this is. */
  public Optional<Account> findBySelf(long personId) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.selfPersonId = :person", Account.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  /** The current link to the person, if an account applies for them now. */
  public Optional<DependentLink> findCurrentLink(long personId) {
    return entityManager
        .createQuery(
            "SELECT l FROM DependentLink l WHERE l.personId = :person AND l.endedAt IS NULL",
            DependentLink.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  /** Every link to the person, ended ones included. */
  public List<DependentLink> linksTo(long personId) {
    return entityManager
        .createQuery(
            "SELECT l FROM DependentLink l WHERE l.personId = :person ORDER BY l.id",
            DependentLink.class)
        .setParameter("person", personId)
        .getResultList();
  }

  public Account add(Account account) {
    entityManager.persist(account);
    entityManager.flush();
    return account;
  }

  public void flush() {
    entityManager.flush();
  }
}
