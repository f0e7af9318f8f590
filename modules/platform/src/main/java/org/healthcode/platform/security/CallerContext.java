package org.healthcode.platform.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
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

  /*
   * The principal Liberty's mpJwt authenticated, read from the request: an injected JsonWebToken
   * would log CWWKS5604E at ERROR for every anonymous request (sign-in, reference data).
   */
  @Inject Instance<HttpServletRequest> request;

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
    Principal principal;
    try {
      principal = request.get().getUserPrincipal();
    } catch (ContextNotActiveException | IllegalStateException e) {
      return Caller.anonymous(); // work started outside a request, e.g. at application startup
    }
    if (!(principal instanceof JsonWebToken token) || token.getSubject() == null) {
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
