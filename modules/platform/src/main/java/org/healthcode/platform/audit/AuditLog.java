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
    return after(afterId, limit, new Filter(subjectType, subjectId, null, null, null, null));
  }

  /**
   * What an auditor narrows the log to; each part applies where not null: the kind of thing, the
   * thing's id, who did it, what was done, and when ({@code from} inclusive, {@code to} exclusive).
   */
  public record Filter(
      String subjectType,
      String subjectId,
      String actor,
      String action,
      java.time.Instant from,
      java.time.Instant to) {}

  /**
   * Entries oldest first after the given id (exclusive), at most {@code limit}, matching filter.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> after(long afterId, int limit, Filter filter) {
    StringBuilder query = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.id > :after");
    java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
    parameters.put("after", afterId);
    condition(
        query, parameters, "e.subjectType = :subjectType", "subjectType", filter.subjectType());
    condition(query, parameters, "e.subjectId = :subjectId", "subjectId", filter.subjectId());
    condition(query, parameters, "e.actor = :actor", "actor", filter.actor());
    condition(query, parameters, "e.action = :action", "action", filter.action());
    condition(query, parameters, "e.occurredAt >= :from", "from", filter.from());
    condition(query, parameters, "e.occurredAt < :to", "to", filter.to());
    TypedQuery<AuditEntry> typed =
        entityManager
            .createQuery(query.append(" ORDER BY e.id").toString(), AuditEntry.class)
            .setMaxResults(limit);
    parameters.forEach(typed::setParameter);
    return typed.getResultList();
  }

  private static void condition(
      StringBuilder query,
      java.util.Map<String, Object> parameters,
      String clause,
      String name,
      Object value) {
    if (value != null) {
      query.append(" AND ").append(clause);
      parameters.put(name, value);
    }
  }
}
