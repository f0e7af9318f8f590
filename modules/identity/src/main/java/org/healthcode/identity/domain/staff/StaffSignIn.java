package org.healthcode.identity.domain.staff;

import java.util.Set;
import org.healthcode.platform.security.IssuedToken;
import org.healthcode.platform.security.Role;

/** A successful staff sign-in: the bearer token and the roles it carries. */
public record StaffSignIn(IssuedToken token, Set<Role> roles) {

  public StaffSignIn {
    roles = Set.copyOf(roles);
  }
}
