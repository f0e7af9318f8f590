package org.healthcode.platform.graphql;

import io.smallrye.graphql.cdi.CdiLookupService;
import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SmallRye's CDI lookup, with the client proxy of an {@code @ApplicationScoped} GraphQL API kept
 * once found. SmallRye looks the API bean up on every operation, and each lookup walks the stack in
 * {@code CDI.current()} on Liberty (4 % of a scan's profile, docs/adr/0015); a client proxy always
 * delegates to the one current instance, so keeping it changes nothing. Beans of other scopes are
 * looked up every time, as before. Loaded by SmallRye through {@code ServiceLoader}: a lookup
 * service outside io.smallrye wins over its own.
 */
public class ApplicationScopedLookup implements LookupService {

  private final CdiLookupService cdi = new CdiLookupService();
  private final ConcurrentHashMap<Class<?>, ManagedInstance<?>> proxies = new ConcurrentHashMap<>();

  @Override
  public String getName() {
    return "CDI, application-scoped proxies kept";
  }

  @Override
  public Class<?> getClass(Class<?> declaringClass) {
    return cdi.getClass(declaringClass);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> ManagedInstance<T> getInstance(Class<T> declaringClass) {
    if (!declaringClass.isAnnotationPresent(ApplicationScoped.class)) {
      return cdi.getInstance(declaringClass);
    }
    return (ManagedInstance<T>)
        proxies.computeIfAbsent(
            declaringClass,
            type -> {
              Object proxy = cdi.getInstance(type).get();
              return () -> proxy;
            });
  }

  @Override
  public boolean isResolvable(Class<?> declaringClass) {
    return cdi.isResolvable(declaringClass);
  }
}
