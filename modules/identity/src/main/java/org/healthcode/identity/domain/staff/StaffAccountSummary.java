package org.healthcode.identity.domain.staff;

import java.time.Instant;
import java.util.Set;
import org.healthcode.platform.security.Role;

/** What may be shown of a staff account: never its password hash. */
public record StaffAccountSummary(
    String username, Set<Role> roles, boolean enabled, Instant createdAt) {

  public StaffAccountSummary {
    roles = Set.copyOf(roles);
  }

  public static StaffAccountSummary of(StaffAccount account) {
    return new StaffAccountSummary(
        account.username(), account.roles(), account.enabled(), account.createdAt());
  }
}
