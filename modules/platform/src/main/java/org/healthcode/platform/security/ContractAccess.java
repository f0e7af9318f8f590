package org.healthcode.platform.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The access rule of one operation of a module's {@code api}, read once from its {@link
 * CallableBy}; the implementation checks it as its first line:
 *
 * <pre>{@code
 * private static final ContractAccess VERIFY =
 *     ContractAccess.of(CodeVerification.class, "verify", String.class);
 *
 * public CodeCheck verify(String token) {
 *   VERIFY.check();
 *   // the operation
 * }
 * }</pre>
 *
 * <p>A check is a thread-local read and a look at a role or two: no reflection and no interceptor
 * per call, cheap enough for the scan path's four calls per scan (docs/adr/0044). Deny by default:
 * an operation that states no roles is refused to everyone.
 */
public final class ContractAccess {

  private static final Role[] NONE = new Role[0];

  private final Role[] roles;

  private ContractAccess(Role[] roles) {
    this.roles = roles;
  }

  /**
   * The rule of the api's method with these parameter types.
   *
   * @throws IllegalArgumentException if the api has no such method
   */
  public static ContractAccess of(Class<?> api, String method, Class<?>... parameterTypes) {
    Method operation;
    try {
      operation = api.getMethod(method, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          api.getName() + " has no operation " + method + Arrays.toString(parameterTypes), e);
    }
    CallableBy rule = operation.getAnnotation(CallableBy.class);
    return new ContractAccess(rule == null ? NONE : rule.value().clone());
  }

  /**
   * The current caller, who must hold one of the operation's roles: UNAUTHENTICATED when anonymous,
   * FORBIDDEN otherwise (always, if the operation states no roles).
   */
  public Caller check() {
    if (roles.length == 0) {
      throw HealthCodeException.forbidden("This operation declares no access rule and is refused");
    }
    return CallerContext.requireAnyOf(CallerContext.currentCaller(), roles);
  }
}
