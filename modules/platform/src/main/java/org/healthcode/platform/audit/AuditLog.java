package org.healthcode.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;

/**
 * The insert-only audit log of DESIGN §6, shared by all modules: every staff read of a person's
 * data and every change. An entry joins the caller's transaction, so a change and its audit line
 * are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

  private final Clock clock = Clock.systemUTC();

  @PersistenceContext(unitName = "platform")
  EntityManager entityManager;

  @Inject CallerContext callerContext;

  /**
   * Records what the current caller did.
   *
   * @param action what was done, upper snake case, e.g. {@code PERSON_READ}
   * @param subjectType the kind of thing it was done to, e.g. {@code PERSON}
   * @param subjectId its id (never a document number or a name)
   * @param reason why, as the caller stated it; may be null where no reason is asked
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String subjectType, String subjectId, String reason) {
    Caller caller = callerContext.current();
    String actor = caller.isAnonymous() ? "anonymous" : caller.subject();
    String roles =
        caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    entityManager.persist(
        new AuditEntry(clock.instant(), actor, roles, action, subjectType, subjectId, reason));
  }

  /** Entries oldest first after the given id (exclusive), at most {@code limit} of them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> after(long afterId, int limit) {
    return after(afterId, limit, null, null);
  }

  /**
   * Entries oldest first after the given id (exclusive), at most {@code limit} of them, only those
   * about the given kind of thing and thing id where these are not null.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> after(long afterId, int limit, String subjectType, String subjectId) {
    StringBuilder query = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.id > :after");
    if (subjectType != null) {
      query.append(" AND e.subjectType = :subjectType");
    }
    if (subjectId != null) {
      query.append(" AND e.subjectId = :subjectId");
    }
    TypedQuery<AuditEntry> typed =
        entityManager
            .createQuery(query.append(" ORDER BY e.id").toString(), AuditEntry.class)
            .setParameter("after", afterId)
            .setMaxResults(limit);
    if (subjectType != null) {
      typed.setParameter("subjectType", subjectType);
    }
    if (subjectId != null) {
      typed.setParameter("subjectId", subjectId);
    }
    return typed.getResultList();
  }
}
