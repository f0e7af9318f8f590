package org.healthcode.status.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ExposureOutcome;
import org.healthcode.status.domain.AppliedExposures;

/** The exposures applied per tracing run and person (status_exposure_applied, docs/adr/0043). */
@ApplicationScoped
public class NativeSqlAppliedExposures implements AppliedExposures {

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  @Override
  public Optional<ExposureOutcome> find(String source, PersonId person) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        entityManager
            .createNativeQuery(
                "SELECT outcome FROM status_exposure_applied WHERE source = ?1 AND person_id = ?2"
                    + " FOR UPDATE")
            .setParameter(1, source)
            .setParameter(2, person.value())
            .getResultList();
    return rows.stream().findFirst().map(ExposureOutcome::valueOf);
  }

  @Override
  public void add(String source, PersonId person, ExposureOutcome outcome) {
    entityManager
        .createNativeQuery(
            "INSERT INTO status_exposure_applied (source, person_id, outcome) VALUES (?1, ?2, ?3)")
        .setParameter(1, source)
        .setParameter(2, person.value())
        .setParameter(3, outcome.name())
        .executeUpdate();
  }
}
