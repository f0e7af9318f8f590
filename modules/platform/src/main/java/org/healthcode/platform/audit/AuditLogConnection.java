package org.healthcode.platform.audit;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.graphql.PageInfo;

@Type("AuditLogConnection")
@Description("A page of the audit log, oldest first.")
public record AuditLogConnection(
    @NonNull @Description("The entries of this page, oldest first.")
        List<@NonNull AuditLogEdge> edges,
    @NonNull @Description("Where this page ends.") PageInfo pageInfo) {}
