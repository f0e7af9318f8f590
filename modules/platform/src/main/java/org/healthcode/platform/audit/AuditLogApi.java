package org.healthcode.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.PageInfo;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;

/** The auditor's view of the audit log (DESIGN §1, §6): read-only, AUDITOR only. */
@GraphQLApi
@ApplicationScoped
public class AuditLogApi {

  @Inject AuditLog auditLog;

  @Inject CallerContext callerContext;

  @Query("auditLog")
  @RolesAllowed("AUDITOR")
  @Description(
      "The audit log, oldest first, optionally only the entries about one kind of thing or one"
          + " thing, by one actor, of one action, or in a time range. AUDITOR only.")
  public @NonNull AuditLogConnection auditLog(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after,
      @Name("subjectType")
          @Description("Only entries about this kind of thing, e.g. STAFF_ACCOUNT.")
          String subjectType,
      @Name("subjectId")
          @Description("Only entries about the thing with this id (usually with subjectType).")
          String subjectId,
      @Name("actor") @Description("Only entries by this actor, e.g. staff:alice.") String actor,
      @Name("action") @Description("Only entries of this action, e.g. STAFF_ACCOUNT_CREATED.")
          String action,
      @Name("from") @Description("Only entries at or after this moment.") Instant from,
      @Name("to") @Description("Only entries before this moment.") Instant to) {
    callerContext.requireAnyOf(Role.AUDITOR);
    int size = Pagination.pageSize(first);
    long afterId = afterId(Pagination.position(after));
    List<AuditEntry> entries =
        auditLog.after(
            afterId,
            size + 1,
            new AuditLog.Filter(
                blankToNull(subjectType),
                blankToNull(subjectId),
                blankToNull(actor),
                blankToNull(action),
                from,
                to));
    boolean hasNextPage = entries.size() > size;
    List<AuditLogEdge> edges = new ArrayList<>();
    for (AuditEntry entry : entries.subList(0, Math.min(size, entries.size()))) {
      edges.add(
          new AuditLogEdge(Pagination.cursor(String.valueOf(entry.id())), AuditLogEntry.of(entry)));
    }
    String endCursor = edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor();
    return new AuditLogConnection(edges, new PageInfo(hasNextPage, endCursor));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static long afterId(String position) {
    if (position == null) {
      return 0;
    }
    try {
      return Long.parseLong(position);
    } catch (NumberFormatException e) {
      throw HealthCodeException.badInput("after: not a cursor from this list");
    }
  }
}
