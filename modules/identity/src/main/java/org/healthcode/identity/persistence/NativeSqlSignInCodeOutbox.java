package org.healthcode.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.domain.SignInCodeOutbox;
import org.healthcode.platform.cluster.ClusterNode;
import org.healthcode.platform.i18n.Language;

/**
 * The SMS outbox's table in native SQL, {@code identity_sms_outbox} (docs/adr/0026). An entry is
 * written in the transaction that stores its code; each attempt is claimed by a write of its own
 * transaction (committed before the gateway is called, so that another node, or this one after a
 * restart, sees the attempt), and its outcome recorded in another. Claims are conditional updates:
 * on a Galera cluster two nodes claiming one entry cannot both commit, the loser is run again
 * (ConflictRetry) and finds it claimed.
 */
@ApplicationScoped
public class NativeSqlSignInCodeOutbox implements SignInCodeOutbox {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Inject ClusterNode node;

  @Override
  @Transactional(TxType.MANDATORY)
  public long add(byte[] sealed, Language language, Instant expiresAt) {
    entityManager
        .createNativeQuery(
            "INSERT INTO identity_sms_outbox (created_at, expires_at, message, language,"
                + " next_attempt_at) VALUES (NOW(3), ?1, ?2, ?3, NOW(3))")
        .setParameter(1, Timestamp.from(expiresAt))
        .setParameter(2, sealed)
        .setParameter(3, language.tag())
        .executeUpdate();
    return ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Claimed> claim(long id, Duration hold) {
    int claimed =
        entityManager
            .createNativeQuery(
                "UPDATE identity_sms_outbox SET claimed_by = ?1,"
                    + " claimed_until = NOW(3) + INTERVAL ?2 MICROSECOND, attempts = attempts + 1"
                    + " WHERE id = ?3 AND sent_at IS NULL AND failed_at IS NULL"
                    + " AND next_attempt_at <= NOW(3)"
                    + " AND (claimed_until IS NULL OR claimed_until < NOW(3))")
            .setParameter(1, node.name())
            .setParameter(2, hold.toNanos() / 1000)
            .setParameter(3, id)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT message, language, expires_at, attempts FROM identity_sms_outbox"
                        + " WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return Optional.of(
        new Claimed(
            id,
            (byte[]) row[0],
            Language.fromAcceptLanguage((String) row[1]),
            instant(row[2]),
            ((Number) row[3]).intValue()));
  }

  /** A TIMESTAMP read by a native query, whichever type the provider returns it as. */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value.getClass().getSimpleName());
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void sent(long id) {
    entityManager
        .createNativeQuery(
            "UPDATE identity_sms_outbox SET sent_at = NOW(3), message = NULL, claimed_by = NULL,"
                + " claimed_until = NULL, last_failure = NULL WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void attemptFailed(long id, String failure, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      entityManager
          .createNativeQuery(
              "UPDATE identity_sms_outbox SET claimed_by = NULL, claimed_until = NULL,"
                  + " last_failure = ?1, next_attempt_at = NOW(3) + INTERVAL ?2 MICROSECOND"
                  + " WHERE id = ?3")
          .setParameter(1, failure)
          .setParameter(2, retryAfter.get().toNanos() / 1000)
          .setParameter(3, id)
          .executeUpdate();
    } else {
      entityManager
          .createNativeQuery(
              "UPDATE identity_sms_outbox SET claimed_by = NULL, claimed_until = NULL,"
                  + " last_failure = ?1, failed_at = NOW(3), message = NULL WHERE id = ?2")
          .setParameter(1, failure)
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public List<Long> due(int limit) {
    return ((List<Number>)
            entityManager
                .createNativeQuery(
                    "SELECT id FROM identity_sms_outbox WHERE sent_at IS NULL AND failed_at IS NULL"
                        + " AND next_attempt_at <= NOW(3)"
                        + " AND (claimed_until IS NULL OR claimed_until < NOW(3))"
                        + " ORDER BY id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int purge() {
    return entityManager
        .createNativeQuery(
            "DELETE FROM identity_sms_outbox WHERE created_at < NOW(3) - INTERVAL 1 DAY"
                + " AND (sent_at IS NOT NULL OR failed_at IS NOT NULL) LIMIT 1000")
        .executeUpdate();
  }
}
