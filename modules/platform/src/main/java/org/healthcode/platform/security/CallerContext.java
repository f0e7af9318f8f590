package org.healthcode.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The caller of the current request, from the token Liberty verified (mpJwt). A request without a
 * token is anonymous; a request with a bad token never gets this far (see GraphQLEndpoint).
 */
@RequestScoped
public class CallerContext {

  @Inject JsonWebToken token;

  private Caller caller;

  public Caller current() {
    if (caller == null) {
      caller = fromToken();
    }
    return caller;
  }

  /**
   * The caller, who must hold at least one of the roles: UNAUTHENTICATED or FORBIDDEN otherwise.
   */
  public Caller requireAnyOf(Role... roles) {
    Caller current = current();
    if (current.isAnonymous()) {
      throw HealthCodeException.unauthenticated("Sign in first");
    }
    if (Arrays.stream(roles).noneMatch(current::has)) {
      throw HealthCodeException.forbidden("This needs one of the roles " + Arrays.toString(roles));
    }
    return current;
  }

  private Caller fromToken() {
    if (token == null || token.getRawToken() == null || token.getSubject() == null) {
      return Caller.anonymous();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String group : token.getGroups()) {
      for (Role role : Role.values()) {
        if (role.name().equals(group)) {
          roles.add(role);
        }
      }
    }
    return new Caller(token.getSubject(), roles);
  }
}
