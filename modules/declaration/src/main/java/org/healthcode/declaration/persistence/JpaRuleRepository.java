package org.healthcode.declaration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.RuleVersion;
import org.healthcode.declaration.application.RuleJson;
import org.healthcode.declaration.domain.Rule;
import org.healthcode.declaration.domain.RuleRepository;
import org.healthcode.declaration.domain.RuleSet;

/** Rule versions in JPA (declaration_rule), the condition as {@link RuleJson} writes it. */
@ApplicationScoped
public class JpaRuleRepository implements RuleRepository {

  @PersistenceContext(unitName = "declaration")
  EntityManager entityManager;

  @Override
  public RuleSet all() {
    return RuleSet.of(
        entityManager.createQuery("SELECT r FROM RuleRow r", RuleRow.class).getResultList().stream()
            .map(JpaRuleRepository::toRule)
            .toList());
  }

  @Override
  public int latestVersion(String id) {
    Integer latest =
        entityManager
            .createQuery("SELECT MAX(r.version) FROM RuleRow r WHERE r.id = :id", Integer.class)
            .setParameter("id", id)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  @Override
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

  @Override
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
        .map(JpaRuleRepository::toVersion)
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
