package org.healthcode.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.DeliverySpi;
import org.healthcode.platform.security.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of every module contract (each method of an interface in an {@code api} package),
 * called on the module's own implementation, as no server would call it (docs/adr/0044): an
 * anonymous caller is UNAUTHENTICATED, a caller with every role but the allowed ones (the system's
 * included) FORBIDDEN, and a caller with any one allowed role gets past the check. The
 * implementations are built without their injected stores, so what gets past the check fails later
 * on a missing store or answers; neither is a refusal. Found by scanning, so a new operation or a
 * new implementation is covered without being listed here.
 */
class ModuleContractAccessTest {

  private static final String ROOT = "org.healthcode";

  @TestFactory
  Stream<DynamicTest> everyOperation_OfEveryImplementation_RefusesAllButItsRoles() {
    JavaClasses application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    List<DynamicTest> tests = new ArrayList<>();
    for (JavaClass contract : contracts(application)) {
      List<JavaClass> implementations =
          contract.getAllSubclasses().stream()
              .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
              .toList();
      tests.add(
          DynamicTest.dynamicTest(
              contract.getSimpleName() + " has an implementation",
              () -> assertThat(implementations).isNotEmpty()));
      for (JavaClass implementation : implementations) {
        for (Method operation : operations(contract.reflect())) {
          tests.add(
              DynamicTest.dynamicTest(
                  implementation.getSimpleName() + "." + operation.getName(),
                  () -> checkOperation(implementation.reflect(), operation)));
        }
      }
    }
    return tests.stream();
  }

  private static List<JavaClass> contracts(JavaClasses application) {
    return application.stream()
        .filter(JavaClass::isInterface)
        .filter(c -> c.getPackageName().matches(ROOT.replace(".", "\\.") + "\\.\\w+\\.api(\\..*)?"))
        .filter(c -> !c.isAnnotatedWith(DeliverySpi.class))
        .sorted(Comparator.comparing(JavaClass::getName))
        .toList();
  }

  private static List<Method> operations(Class<?> contract) {
    return Arrays.stream(contract.getDeclaredMethods())
        .filter(
            m ->
                !m.isDefault()
                    && !m.isSynthetic()
                    && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
        .sorted(Comparator.comparing(Method::toString))
        .toList();
  }

  private static void checkOperation(Class<?> implementation, Method operation) {
    CallableBy rule = operation.getAnnotation(CallableBy.class);
    assertThat(rule).as("%s states who may call it", operation).isNotNull();
    Set<Role> allowed = EnumSet.copyOf(Arrays.asList(rule.value()));

    assertThat(refusal(implementation, operation, Caller.anonymous()))
        .as("%s, anonymous", operation.getName())
        .isEqualTo(ErrorCodes.UNAUTHENTICATED);
    Set<Role> others = EnumSet.complementOf(EnumSet.copyOf(allowed));
    if (!others.isEmpty()) {
      assertThat(refusal(implementation, operation, new Caller("staff:others", others)))
          .as("%s, every other role %s", operation.getName(), others)
          .isEqualTo(ErrorCodes.FORBIDDEN);
    }
    for (Role role : allowed) {
      Caller caller =
          role == Role.SYSTEM ? Caller.system("test") : new Caller("staff:one", Set.of(role));
      assertThat(refusal(implementation, operation, caller))
          .as("%s, %s", operation.getName(), role)
          .isNull();
    }
  }

  /** The code of the refusal when {@code caller} calls, or null if the call got past the check. */
  private static String refusal(Class<?> implementation, Method operation, Caller caller) {
    Object target = newInstance(implementation);
    Object[] arguments =
        Arrays.stream(operation.getParameterTypes())
            .map(ModuleContractAccessTest::placeholder)
            .toArray();
    Throwable thrown =
        catchThrowable(
            () ->
                CallerContext.as(
                    caller,
                    () -> {
                      try {
                        return operation.invoke(target, arguments);
                      } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                      } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException(e.getCause());
                      }
                    }));
    if (thrown instanceof HealthCodeException refused
        && (ErrorCodes.UNAUTHENTICATED.equals(refused.code())
            || ErrorCodes.FORBIDDEN.equals(refused.code()))) {
      return refused.code();
    }
    return null;
  }

  private static Object newInstance(Class<?> implementation) {
    try {
      Constructor<?> constructor = implementation.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + implementation.getName(), e);
    }
  }

  private static Object placeholder(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type.isPrimitive()) {
      throw new IllegalArgumentException("no placeholder for " + type);
    }
    return null;
  }
}
