package org.healthcode.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.domain.staff.SignInFailure;
import org.healthcode.identity.domain.staff.StaffAccount;
import org.healthcode.identity.domain.staff.StaffAccountRepository;

/** Staff accounts and their failed sign-ins in JPA (identity_staff_* tables). */
@ApplicationScoped
public class JpaStaffAccountRepository implements StaffAccountRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Override
  public Optional<StaffAccount> find(String username) {
    return entityManager
        .createQuery(
            "SELECT a FROM StaffAccount a WHERE a.username = :username", StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(StaffAccount account) {
    entityManager.persist(account);
    entityManager.flush();
  }

  @Override
  public boolean anyAdmin() {
    return entityManager
            .createQuery(
                "SELECT COUNT(a) FROM StaffAccount a"
                    + " WHERE CONCAT(',', a.roles, ',') LIKE '%,ADMIN,%'",
                Long.class)
            .getSingleResult()
        > 0;
  }

  @Override
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

  @Override
  public void recordFailure(String username, String clientAddress, Instant at) {
    entityManager.persist(new SignInFailure(username, clientAddress, at));
  }

  @Override
  public Failures failuresOfUsername(String username, Instant since) {
    return failures("username", username, since);
  }

  @Override
  public Failures failuresFromAddress(String clientAddress, Instant since) {
    return failures("clientAddress", clientAddress, since);
  }

  private Failures failures(String attribute, String value, Instant since) {
    Object[] row =
        entityManager
            .createQuery(
                "SELECT COUNT(f), MAX(f.failedAt) FROM SignInFailure f WHERE f."
                    + attribute
                    + " = :value AND f.failedAt >= :since",
                Object[].class)
            .setParameter("value", value)
            .setParameter("since", since)
            .getSingleResult();
    return new Failures(((Number) row[0]).longValue(), (Instant) row[1]);
  }

  @Override
  public void forgetFailures(String username, String clientAddress, Instant before) {
    for (String attribute : new String[] {"username", "clientAddress"}) {
      entityManager
          .createQuery(
              "DELETE FROM SignInFailure f WHERE f."
                  + attribute
                  + " = :value AND f.failedAt < :before")
          .setParameter("value", attribute.equals("username") ? username : clientAddress)
          .setParameter("before", before)
          .executeUpdate();
    }
  }

  @Override
  public void forgetAllFailures(String username) {
    entityManager
        .createQuery("DELETE FROM SignInFailure f WHERE f.username = :username")
        .setParameter("username", username)
        .executeUpdate();
  }
}
