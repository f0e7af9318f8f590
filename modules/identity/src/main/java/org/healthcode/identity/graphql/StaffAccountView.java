package org.healthcode.identity.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.domain.staff.StaffAccountSummary;

@Type("StaffAccount")
@Description("A staff account as administrators see it (never its password).")
public record StaffAccountView(
    @NonNull @Description("The sign-in name.") String username,
    @NonNull @Description("The roles its tokens carry.") List<@NonNull StaffRole> roles,
    @NonNull @Description("False once disabled: it can no longer sign in.") boolean enabled,
    @NonNull @Description("When it was created.") Instant createdAt) {

  static StaffAccountView of(StaffAccountSummary account) {
    return new StaffAccountView(
        account.username(),
        account.roles().stream().map(StaffRole::of).sorted().toList(),
        account.enabled(),
        account.createdAt());
  }
}
