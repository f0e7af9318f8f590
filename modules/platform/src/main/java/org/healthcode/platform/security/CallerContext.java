package org.healthcode.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.function.Supplier;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The caller of the current request, from its verified bearer token ({@link BearerTokens}). The
 * GraphQL endpoint runs each request {@link #as} its caller on the request's thread (SmallRye
 * executes our synchronous resolvers there); background work runs {@link #as} a {@link
 * Caller#system} caller named after its job, and anything else outside a request is anonymous. A
 * request with a bad token never gets this far (see GraphQLEndpoint).
 *
 * <p>Not request-scoped: creating a request-scoped bean with an injected request on every call
 * showed in the scan path's profile (docs/adr/0015).
 */
@ApplicationScoped
public class CallerContext {

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<String> CLIENT_ADDRESS = new ThreadLocal<>();

  /**
   * Runs {@code work} as {@code caller} calling from {@code clientAddress} (as {@link
   * org.healthcode.platform.http.ClientAddress} holds it): the GraphQL endpoint, for each request.
   */
  public static <T> T as(Caller caller, String clientAddress, Supplier<T> work) {
    String previous = CLIENT_ADDRESS.get();
    CLIENT_ADDRESS.set(clientAddress);
    try {
      return as(caller, work);
    } finally {
      if (previous == null) {
        CLIENT_ADDRESS.remove();
      } else {
        CLIENT_ADDRESS.set(previous);
      }
    }
  }

  /** The network address the current request came from; empty outside a request. */
  public String clientAddress() {
    String address = CLIENT_ADDRESS.get();
    return address == null ? "" : address;
  }

  /** Runs {@code work} as {@code caller}: the GraphQL endpoint, for each request. */
  public static <T> T as(Caller caller, Supplier<T> work) {
    Caller previous = CURRENT.get();
    CURRENT.set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * Runs {@code work} as {@code caller}: a background job where it starts, as its system caller.
   */
  public static void run(Caller caller, Runnable work) {
    as(
        caller,
        () -> {
          work.run();
          return null;
        });
  }

  public Caller current() {
    return currentCaller();
  }

  static Caller currentCaller() {
    Caller caller = CURRENT.get();
    return caller == null ? Caller.anonymous() : caller;
  }

  /**
   * The caller, who must hold at least one of the roles: UNAUTHENTICATED or FORBIDDEN otherwise.
   */
  public Caller requireAnyOf(Role... roles) {
    return requireAnyOf(currentCaller(), roles);
  }

  static Caller requireAnyOf(Caller current, Role... roles) {
    if (current.isAnonymous()) {
      throw HealthCodeException.unauthenticated("Sign in first");
    }
    // a plain loop: this runs several times on every scan (docs/adr/0044)
    for (Role role : roles) {
      if (current.has(role)) {
        return current;
      }
    }
    throw HealthCodeException.forbidden("This needs one of the roles " + Arrays.toString(roles));
  }
}
