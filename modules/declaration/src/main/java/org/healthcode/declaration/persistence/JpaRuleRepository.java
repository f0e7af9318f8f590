package org.healthcode.declaration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.RuleVersion;
import org.healthcode.declaration.domain.Rule;
import org.healthcode.declaration.domain.RuleSet;

/** Rule versions (declaration_rule): read whole for a review, only ever added to. */
@ApplicationScoped
public class RuleRepository {

  @PersistenceContext(unitName = "declaration")
  EntityManager entityManager;

  /** Every version of every rule; the review picks the ones in force. */
  public RuleSet all() {
    return RuleSet.of(
        entityManager.createQuery("SELECT r FROM RuleRow r", RuleRow.class).getResultList().stream()
            .map(RuleRepository::toRule)
            .toList());
  }

  /** The highest version of the rule, 0 if none; the primary key refuses a concurrent twin. */
  public int latestVersion(String id) {
    Integer latest =
        entityManager
            .createQuery("SELECT MAX(r.version) FROM RuleRow r WHERE r.id = :id", Integer.class)
            .setParameter("id", id)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  public RuleVersion add(Rule rule, Instant createdAt, String createdBy) {
    RuleRow row = new RuleRow();
    row.id = rule.id();
    row.version = rule.version();
    row.validFrom = rule.validFrom();
    row.validTo = rule.validTo();
    row.outcome = rule.outcome();
    row.description = rule.description();
    row.condition = RuleJson.writeCondition(rule);
    row.createdAt = createdAt;
    row.createdBy = createdBy;
    entityManager.persist(row);
    entityManager.flush();
    return toVersion(row);
  }

  /** Versions ordered by rule id and version, after the given position (null: from the start). */
  public List<RuleVersion> page(String afterId, Integer afterVersion, int limit) {
    return entityManager
        .createQuery(
            "SELECT r FROM RuleRow r WHERE (:afterId IS NULL OR r.id > :afterId"
                + " OR (r.id = :afterId AND r.version > :afterVersion)) ORDER BY r.id, r.version",
            RuleRow.class)
        .setParameter("afterId", afterId)
        .setParameter("afterVersion", afterVersion == null ? 0 : afterVersion)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(RuleRepository::toVersion)
        .toList();
  }

  private static Rule toRule(RuleRow row) {
    return RuleJson.read(
        row.id,
        row.version,
        row.description,
        row.outcome,
        row.validFrom,
        row.validTo,
        row.condition);
  }

  private static RuleVersion toVersion(RuleRow row) {
    return new RuleVersion(
        row.id,
        row.version,
        row.description,
        row.outcome,
        row.validFrom,
        row.validTo,
        row.condition,
        row.createdAt,
        row.createdBy);
  }
}
