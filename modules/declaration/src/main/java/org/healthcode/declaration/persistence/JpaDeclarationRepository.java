package org.healthcode.declaration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.ReviewOutcome;
import org.healthcode.declaration.api.SubmittedDeclaration;
import org.healthcode.declaration.domain.Declaration;
import org.healthcode.declaration.domain.DeclarationRepository;
import org.healthcode.declaration.domain.ReviewItem;
import org.healthcode.identity.api.PersonId;

/**
 * Declarations and the manual review queue in JPA (declaration_declaration,
 * declaration_review_item).
 */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

  @PersistenceContext(unitName = "declaration")
  EntityManager entityManager;

  @Override
  public SubmittedDeclaration add(
      Declaration declaration, String submittedBy, ReviewOutcome review) {
    DeclarationRow row = new DeclarationRow();
    row.personId = declaration.person().value();
    row.supersedesId =
        entityManager
            .createQuery(
                "SELECT MAX(d.id) FROM DeclarationRow d WHERE d.personId = :person", Long.class)
            .setParameter("person", row.personId)
            .getSingleResult();
    row.submittedAt = declaration.submittedAt();
    row.submittedBy = submittedBy;
    row.answers = DeclarationJson.writeAnswers(declaration.answers());
    row.outcome = review.outcome();
    row.firedRules = DeclarationJson.writeFiredRules(review.firedRules());
    row.reviewedAt = review.reviewedAt();
    entityManager.persist(row);
    entityManager.flush();
    return toDetails(row);
  }

  @Override
  public List<SubmittedDeclaration> history(PersonId person, Long beforeId, int limit) {
    return entityManager
        .createQuery(
            "SELECT d FROM DeclarationRow d WHERE d.personId = :person"
                + " AND (:before IS NULL OR d.id < :before) ORDER BY d.id DESC",
            DeclarationRow.class)
        .setParameter("person", person.value())
        .setParameter("before", beforeId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaDeclarationRepository::toDetails)
        .toList();
  }

  @Override
  public Map<Long, SubmittedDeclaration> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery("SELECT d FROM DeclarationRow d WHERE d.id IN :ids", DeclarationRow.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(JpaDeclarationRepository::toDetails)
        .collect(Collectors.toMap(SubmittedDeclaration::id, Function.identity()));
  }

  @Override
  public void enqueue(ReviewItem item) {
    entityManager.persist(item);
  }

  @Override
  public List<ReviewItem> openItems(Long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT i FROM ReviewItem i WHERE i.status = org.healthcode.declaration.api"
                + ".ReviewItemStatus.OPEN AND (:after IS NULL OR i.id > :after) ORDER BY i.id",
            ReviewItem.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ReviewItem> item(long id) {
    return Optional.ofNullable(
        entityManager.find(ReviewItem.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  private static SubmittedDeclaration toDetails(DeclarationRow row) {
    return new SubmittedDeclaration(
        row.id,
        new PersonId(row.personId),
        row.submittedAt,
        DeclarationJson.readAnswers(row.answers),
        new ReviewOutcome(
            row.outcome, DeclarationJson.readFiredRules(row.firedRules), row.reviewedAt));
  }
}
