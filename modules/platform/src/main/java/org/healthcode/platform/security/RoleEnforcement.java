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

  @Override
  public void beforeInvoke(InvokeInfo invokeInfo) {
    Method method = invokeInfo.getOperationMethod();
    AnnotatedElement declaring = declaringAnnotations(method);
    if (declaring.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    if (declaring.isAnnotationPresent(DenyAll.class)) {
      throw HealthCodeException.forbidden("This operation is closed");
    }
    RolesAllowed rolesAllowed = declaring.getAnnotation(RolesAllowed.class);
    if (rolesAllowed == null) {
      throw HealthCodeException.forbidden(
          "Operation " + method.getName() + " declares no access rule and is refused");
    }
    Role[] roles = Arrays.stream(rolesAllowed.value()).map(Role::valueOf).toArray(Role[]::new);
    CDI.current().select(CallerContext.class).get().requireAnyOf(roles);
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
