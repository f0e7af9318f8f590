package org.healthcode.platform.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditLogEntry")
@Description("One line of the insert-only audit log: who did what to which thing, when and why.")
public record AuditLogEntry(
    @NonNull @Description("When it happened.") Instant occurredAt,
    @NonNull
        @Description(
            "Who did it: the token subject (staff:<username>, citizen:<account id>,"
                + " device:<credential id>) or 'anonymous'.")
        String actor,
    @NonNull @Description("The roles the actor's token carried at the time.")
        List<@NonNull String> actorRoles,
    @NonNull @Description("What was done, e.g. STAFF_ACCOUNT_CREATED.") String action,
    @NonNull @Description("The kind of thing it was done to, e.g. STAFF_ACCOUNT.")
        String subjectType,
    @NonNull @Description("The id of that thing (never a document number or a name).")
        String subjectId,
    @Description("Why, as the actor stated it; null where no reason is asked.") String reason) {

  static AuditLogEntry of(AuditEntry entry) {
    List<String> roles =
        entry.actorRoles().isEmpty() ? List.of() : List.of(entry.actorRoles().split(","));
    return new AuditLogEntry(
        entry.occurredAt(),
        entry.actor(),
        roles,
        entry.action(),
        entry.subjectType(),
        entry.subjectId(),
        entry.reason());
  }
}
