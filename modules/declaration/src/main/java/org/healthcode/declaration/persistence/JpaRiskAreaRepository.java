package org.healthcode.declaration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthcode.declaration.api.RiskAreaDetails;
import org.healthcode.declaration.domain.RiskArea;
import org.healthcode.declaration.domain.RiskAreaRepository;
import org.healthcode.declaration.domain.RiskAreas;

/** Risk areas in JPA (declaration_risk_area). */
@ApplicationScoped
public class JpaRiskAreaRepository implements RiskAreaRepository {

  @PersistenceContext(unitName = "declaration")
  EntityManager entityManager;

  @Override
  public RiskAreas inForceSince(LocalDate since) {
    return RiskAreas.of(
        entityManager
            .createQuery(
                "SELECT a FROM RiskAreaRow a WHERE a.validTo IS NULL OR a.validTo >= :since",
                RiskAreaRow.class)
            .setParameter("since", since)
            .getResultList()
            .stream()
            .map(JpaRiskAreaRepository::toArea)
            .toList());
  }

  @Override
  public RiskAreaDetails add(RiskArea area, Instant createdAt, String createdBy) {
    RiskAreaRow row = new RiskAreaRow();
    row.region = area.region();
    row.level = area.level();
    row.validFrom = area.validFrom();
    row.validTo = area.validTo();
    row.createdAt = createdAt;
    row.createdBy = createdBy;
    entityManager.persist(row);
    entityManager.flush();
    return toDetails(row);
  }

  @Override
  public Optional<RiskArea> find(long id) {
    return Optional.ofNullable(
            entityManager.find(RiskAreaRow.class, id, LockModeType.PESSIMISTIC_WRITE))
        .map(JpaRiskAreaRepository::toArea);
  }

  @Override
  public RiskAreaDetails end(long id, LocalDate validTo, Instant endedAt, String endedBy) {
    RiskAreaRow row = entityManager.find(RiskAreaRow.class, id);
    row.validTo = validTo;
    row.endedAt = endedAt;
    row.endedBy = endedBy;
    return toDetails(row);
  }

  @Override
  public List<RiskAreaDetails> page(Long afterId, LocalDate activeOn, int limit) {
    return entityManager
        .createQuery(
            "SELECT a FROM RiskAreaRow a WHERE (:after IS NULL OR a.id > :after)"
                + " AND (:day IS NULL OR (a.validFrom <= :day"
                + " AND (a.validTo IS NULL OR a.validTo >= :day))) ORDER BY a.id",
            RiskAreaRow.class)
        .setParameter("after", afterId)
        .setParameter("day", activeOn)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaRiskAreaRepository::toDetails)
        .toList();
  }

  private static RiskArea toArea(RiskAreaRow row) {
    return new RiskArea(row.region, row.level, row.validFrom, row.validTo);
  }

  private static RiskAreaDetails toDetails(RiskAreaRow row) {
    return new RiskAreaDetails(
        row.id, row.region, row.level, row.validFrom, row.validTo, row.createdAt, row.createdBy);
  }
}
