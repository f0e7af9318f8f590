package org.healthcode.platform.security;

import io.smallrye.graphql.execution.event.InvokeInfo;
import io.smallrye.graphql.spi.EventingService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcode.platform.error.HealthCodeException;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every GraphQL
 * operation and field resolver before it is invoked. SmallRye bundled in a war does not: outside
 * its usual hosts the annotation only becomes a schema directive.
 *
 * <p>Secure by default: an operation that declares none of the three is refused, so a forgotten
 * annotation shows up as FORBIDDEN in the first test rather than as an open door. The method's
 * annotation wins over its class's. Loaded by SmallRye through {@code ServiceLoader}.
 */
public class RoleEnforcement implements EventingService {

  @Override
  public String getConfigKey() {
    return null; // always on: security is not a feature flag
  }

  /** What an operation's annotations say, read once per method (reflection is not free). */
  private record Rule(boolean permitAll, boolean denyAll, Role[] roles) {}

  private final ConcurrentHashMap<Method, Rule> rules = new ConcurrentHashMap<>();

  /** Looked up once: {@code CDI.current()} walks the stack on Liberty (docs/adr/0014). */
  private volatile CallerContext callerContext;

  @Override
  public void beforeInvoke(InvokeInfo invokeInfo) {
    Method method = invokeInfo.getOperationMethod();
    Rule rule = rules.computeIfAbsent(method, RoleEnforcement::rule);
    if (rule.permitAll()) {
      return;
    }
    if (rule.denyAll()) {
      throw HealthCodeException.forbidden("This operation is closed");
    }
    if (rule.roles() == null) {
      throw HealthCodeException.forbidden(
          "Operation " + method.getName() + " declares no access rule and is refused");
    }
    CallerContext callers = callerContext;
    if (callers == null) {
      callers = CDI.current().select(CallerContext.class).get();
      callerContext = callers;
    }
    callers.requireAnyOf(rule.roles());
  }

  private static Rule rule(Method method) {
    AnnotatedElement declaring = declaringAnnotations(method);
    if (declaring.isAnnotationPresent(PermitAll.class)) {
      return new Rule(true, false, null);
    }
    if (declaring.isAnnotationPresent(DenyAll.class)) {
      return new Rule(false, true, null);
    }
    RolesAllowed rolesAllowed = declaring.getAnnotation(RolesAllowed.class);
    return new Rule(
        false,
        false,
        rolesAllowed == null
            ? null
            : Arrays.stream(rolesAllowed.value()).map(Role::valueOf).toArray(Role[]::new));
  }

  /** The method when it carries an access rule, otherwise its class. */
  private static AnnotatedElement declaringAnnotations(Method method) {
    boolean methodHasRule =
        method.isAnnotationPresent(PermitAll.class)
            || method.isAnnotationPresent(DenyAll.class)
            || method.isAnnotationPresent(RolesAllowed.class);
    return methodHasRule ? method : method.getDeclaringClass();
  }
}
