package org.healthcode.platform.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditLogEdge")
@Description("An audit log entry and its position in the list.")
public record AuditLogEdge(
    @NonNull @Description("Pass as after to continue behind this entry.") String cursor,
    @NonNull @Description("The entry.") AuditLogEntry node) {}
