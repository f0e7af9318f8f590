package org.healthcode.status.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.AppealState;
import org.healthcode.status.api.ProposalState;
import org.healthcode.status.domain.Appeal;
import org.healthcode.status.domain.ChangeProposal;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.domain.PendingReview;
import org.healthcode.status.domain.StatusRecords;

/**
 * The status module's other tables in JPA: pending reviews, review holds, proposals, appeals and
 * notifications; locks by native {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class JpaStatusRecords implements StatusRecords {

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  @Override
  public void add(PendingReview review) {
    persist(review);
  }

  @Override
  public void add(ChangeProposal proposal) {
    persist(proposal);
  }

  @Override
  public void add(Appeal appeal) {
    persist(appeal);
  }

  @Override
  public void add(Notification notification) {
    persist(notification);
  }

  private void persist(Object entity) {
    entityManager.persist(entity);
    entityManager.flush();
  }

  // pending reviews

  @Override
  public Optional<PendingReview> lockPendingReview(long id) {
    return lockedIds("SELECT id FROM status_pending_review WHERE id = :id", id, 1).stream()
        .findFirst()
        .map(found -> entityManager.find(PendingReview.class, found));
  }

  @Override
  public Optional<Long> pendingReviewId(long declarationId, Instant reviewedAt) {
    return entityManager
        .createQuery(
            "SELECT p.id FROM PendingReview p"
                + " WHERE p.declarationId = :declaration AND p.reviewedAt = :reviewedAt",
            Long.class)
        .setParameter("declaration", declarationId)
        .setParameter("reviewedAt", reviewedAt)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> pendingReviewIds(int limit) {
    return entityManager
        .createQuery("SELECT p.id FROM PendingReview p ORDER BY p.id", Long.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void remove(PendingReview review) {
    entityManager.remove(review);
  }

  // review holds (docs/adr/0019)

  @Override
  public void holdForReview(PersonId person, long declarationId, Instant since) {
    entityManager
        .createNativeQuery(
            "INSERT IGNORE INTO status_review_hold (declaration_id, person_id, held_since)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, declarationId)
        .setParameter(2, person.value())
        .setParameter(3, Timestamp.from(since))
        .executeUpdate();
  }

  @Override
  public void releaseReviewHold(long declarationId) {
    entityManager
        .createNativeQuery("DELETE FROM status_review_hold WHERE declaration_id = ?1")
        .setParameter(1, declarationId)
        .executeUpdate();
  }

  // proposals

  @Override
  public Optional<ChangeProposal> proposalForDecision(long id) {
    return Optional.ofNullable(
        entityManager.find(ChangeProposal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<ChangeProposal> proposals(ProposalState state, long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT p FROM ChangeProposal p WHERE (:state IS NULL OR p.state = :state)"
                + " AND p.id > :after ORDER BY p.id",
            ChangeProposal.class)
        .setParameter("state", state)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  // appeals

  @Override
  public Optional<Appeal> appealForAnswer(long id) {
    return Optional.ofNullable(
        entityManager.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Appeal> appeals(AppealState state, long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT a FROM Appeal a WHERE a.state = :state AND a.id > :after ORDER BY a.id",
            Appeal.class)
        .setParameter("state", state)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  // notifications

  @Override
  public List<Notification> notifications(PersonId person, long beforeId, int limit) {
    return entityManager
        .createQuery(
            "SELECT n FROM Notification n WHERE n.personId = :person"
                + " AND (:before = 0 OR n.id < :before) ORDER BY n.id DESC",
            Notification.class)
        .setParameter("person", person.value())
        .setParameter("before", beforeId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Notification> lockUndelivered(Instant now, int limit) {
    return lockedIds(
            "SELECT id FROM status_notification WHERE delivered_at IS NULL AND failed_at IS NULL"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= :id) ORDER BY id",
            now,
            limit)
        .stream()
        .map(id -> entityManager.find(Notification.class, id))
        .toList();
  }

  private List<Long> lockedIds(String select, Object parameter, int limit) {
    Query query = entityManager.createNativeQuery(select + " LIMIT :limit FOR UPDATE SKIP LOCKED");
    if (parameter != null) {
      query.setParameter("id", parameter);
    }
    @SuppressWarnings("unchecked")
    List<Number> ids = query.setParameter("limit", limit).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
