package org.healthcode.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.identity.domain.SignInCode;
import org.healthcode.identity.domain.SignInCodeRepository;

/** Sign-in codes in JPA and the per-phone throttle row (identity_sign_in_throttle). */
@ApplicationScoped
public class JpaSignInCodeRepository implements SignInCodeRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  /**
   * Writes the phone's throttle row (creating it on first use), which locks it until the
   * transaction ends: the next request for the same phone on this database node waits here until
   * this one has been counted, and one on another node of a Galera cluster cannot commit alongside
   * it (certification lets one win; the other is run again and counts it, docs/adr/0023).
   */
  @Override
  public void lockPhone(byte[] phoneHash) {
    entityManager
        .createNativeQuery(
            "INSERT INTO identity_sign_in_throttle (phone_hash, requests) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE requests = requests + 1")
        .setParameter(1, phoneHash)
        .executeUpdate();
  }

  @Override
  public long countSince(byte[] phoneHash, Instant since) {
    return entityManager
        .createQuery(
            "SELECT COUNT(c) FROM SignInCode c WHERE c.phoneHash = :phone AND c.createdAt > :since",
            Long.class)
        .setParameter("phone", phoneHash)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void add(SignInCode code) {
    entityManager.persist(code);
  }

  @Override
  public Optional<SignInCode> latestForUpdate(byte[] phoneHash) {
    return entityManager
        .createQuery(
            "SELECT c FROM SignInCode c WHERE c.phoneHash = :phone ORDER BY c.id DESC",
            SignInCode.class)
        .setParameter("phone", phoneHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
