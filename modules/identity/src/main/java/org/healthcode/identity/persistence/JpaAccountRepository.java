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
import org.healthcode.identity.domain.AccountRepository;
import org.healthcode.identity.domain.DependentLink;
import org.healthcode.platform.database.JdbcReads;

/**
 * Accounts and their dependent links in JPA (identity_account, identity_dependent_link), with one
 * read in plain JDBC on the hot path.
 */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(entityManager.find(Account.class, id));
  }

  /**
   * Whether the account holds the person (its self or a current dependent), by one indexed read and
   * without loading the account: asked on every code issue, in plain JDBC so that it opens no
   * Hibernate session (docs/adr/0014, 0015).
   */
  @Override
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

  @Override
  public Optional<Account> findForUpdate(long id) {
    return Optional.ofNullable(
        entityManager.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Account> findByPhoneHash(byte[] phoneHash) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.phoneHash = :hash", Account.class)
        .setParameter("hash", phoneHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findBySelf(long personId) {
    return entityManager
        .createQuery("SELECT a FROM Account a WHERE a.selfPersonId = :person", Account.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DependentLink> findCurrentLink(long personId) {
    return entityManager
        .createQuery(
            "SELECT l FROM DependentLink l WHERE l.personId = :person AND l.endedAt IS NULL",
            DependentLink.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DependentLink> linksTo(long personId) {
    return entityManager
        .createQuery(
            "SELECT l FROM DependentLink l WHERE l.personId = :person ORDER BY l.id",
            DependentLink.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Override
  public Account add(Account account) {
    entityManager.persist(account);
    entityManager.flush();
    return account;
  }

  @Override
  public void flush() {
    entityManager.flush();
  }
}
