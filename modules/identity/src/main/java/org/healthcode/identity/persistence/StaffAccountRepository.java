package org.healthcode.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.domain.staff.SignInFailure;
import org.healthcode.identity.domain.staff.StaffAccount;

/** Staff accounts and their failed sign-ins (identity_staff_* tables). */
@ApplicationScoped
public class StaffAccountRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  public Optional<StaffAccount> find(String username) {
    return entityManager
        .createQuery(
            "SELECT a FROM StaffAccount a WHERE a.username = :username", StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** Stores a new account now, so a duplicate username fails here and not at commit. */
  public void add(StaffAccount account) {
    entityManager.persist(account);
    entityManager.flush();
  }

  public boolean anyAdmin() {
    return entityManager
            .createQuery(
                "SELECT COUNT(a) FROM StaffAccount a"
                    + " WHERE CONCAT(',', a.roles, ',') LIKE '%,ADMIN,%'",
                Long.class)
            .getSingleResult()
        > 0;
  }

  /** Accounts in username order after the given username (exclusive; null for the first page). */
  public List<StaffAccount> page(String afterUsername, int limit) {
    return entityManager
        .createQuery(
            "SELECT a FROM StaffAccount a WHERE (:after IS NULL OR a.username > :after)"
                + " ORDER BY a.username",
            StaffAccount.class)
        .setParameter("after", afterUsername)
        .setMaxResults(limit)
        .getResultList();
  }

  public void recordFailure(String username, Instant at) {
    entityManager.persist(new SignInFailure(username, at));
  }

  public long failuresSince(String username, Instant since) {
    return entityManager
        .createQuery(
            "SELECT COUNT(f) FROM SignInFailure f"
                + " WHERE f.username = :username AND f.failedAt >= :since",
            Long.class)
        .setParameter("username", username)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Removes the username's failures older than the given moment: they no longer count. */
  public void forgetFailures(String username, Instant before) {
    entityManager
        .createQuery(
            "DELETE FROM SignInFailure f WHERE f.username = :username AND f.failedAt < :before")
        .setParameter("username", username)
        .setParameter("before", before)
        .executeUpdate();
  }

  /** Removes all of the username's failures, after a successful sign-in. */
  public void forgetAllFailures(String username) {
    entityManager
        .createQuery("DELETE FROM SignInFailure f WHERE f.username = :username")
        .setParameter("username", username)
        .executeUpdate();
  }
}
