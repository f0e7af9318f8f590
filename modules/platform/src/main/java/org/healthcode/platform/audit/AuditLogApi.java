package org.healthcode.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
          + " thing. AUDITOR only.")
  public @NonNull AuditLogConnection auditLog(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after,
      @Name("subjectType")
          @Description("Only entries about this kind of thing, e.g. STAFF_ACCOUNT.")
          String subjectType,
      @Name("subjectId")
          @Description("Only entries about the thing with this id (usually with subjectType).")
          String subjectId) {
    callerContext.requireAnyOf(Role.AUDITOR);
    int size = Pagination.pageSize(first);
    long afterId = afterId(Pagination.position(after));
    List<AuditEntry> entries = auditLog.after(afterId, size + 1, subjectType, subjectId);
    boolean hasNextPage = entries.size() > size;
    List<AuditLogEdge> edges = new ArrayList<>();
    for (AuditEntry entry : entries.subList(0, Math.min(size, entries.size()))) {
      edges.add(
          new AuditLogEdge(Pagination.cursor(String.valueOf(entry.id())), AuditLogEntry.of(entry)));
    }
    String endCursor = edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor();
    return new AuditLogConnection(edges, new PageInfo(hasNextPage, endCursor));
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
