package org.healthcode.declaration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.healthcode.declaration.api.DeclarationFacade;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link DeclarationFacade} checks its role in the service, not only on the
 * GraphQL annotation, so a module calling the facade cannot bypass it (issue 17). Deny by default:
 * an anonymous caller and every other role are refused before any data is touched (the service's
 * repositories are absent here, so an operation that skipped its check would fail otherwise).
 */
class DeclarationServiceAuthorizationTest {

  private static final Map<String, Operation> OPERATIONS =
      Map.of(
          "submit",
          new Operation(
              EnumSet.of(Role.CITIZEN, Role.COUNTER), f -> f.submit(new PersonId(1), null)),
          "history",
          new Operation(EnumSet.of(Role.CITIZEN), f -> f.history(new PersonId(1), null, 10)),
          "createRiskArea",
          new Operation(
              EnumSet.of(Role.SUPERVISOR),
              f -> f.createRiskArea("120101", RiskLevel.LOW, LocalDate.now(), null, "outbreak")),
          "endRiskArea",
          new Operation(
              EnumSet.of(Role.SUPERVISOR), f -> f.endRiskArea(1, LocalDate.now(), "over")),
          "riskAreas",
          new Operation(EnumSet.of(Role.SUPERVISOR), f -> f.riskAreas(null, null, 10)),
          "addRuleVersion",
          new Operation(EnumSet.of(Role.SUPERVISOR), f -> f.addRuleVersion(null)),
          "rules",
          new Operation(EnumSet.of(Role.SUPERVISOR), f -> f.rules(null, null, 10)),
          "reviewQueue",
          new Operation(EnumSet.of(Role.REVIEWER), f -> f.reviewQueue(null, 10)),
          "decide",
          new Operation(EnumSet.of(Role.REVIEWER), f -> f.decide(1, null, "checked")));

  private record Operation(Set<Role> roles, Consumer<DeclarationFacade> call) {}

  private static DeclarationService service() {
    DeclarationService service = new DeclarationService();
    service.callerContext = new CallerContext();
    return service;
  }

  @Test
  void everyOperation_WhenAnonymous_IsUnauthenticated() {
    OPERATIONS.forEach(
        (name, operation) ->
            assertThatThrownBy(() -> operation.call().accept(service()))
                .as(name)
                .isInstanceOf(HealthCodeException.class)
                .extracting(e -> ((HealthCodeException) e).code())
                .isEqualTo(ErrorCodes.UNAUTHENTICATED));
  }

  @Test
  void everyOperation_WhenTheCallerHasEveryOtherRole_IsForbidden() {
    OPERATIONS.forEach(
        (name, operation) -> {
          Set<Role> others = EnumSet.complementOf(EnumSet.copyOf(operation.roles()));
          Caller caller = new Caller("staff-1", others);
          assertThatThrownBy(
                  () ->
                      CallerContext.as(
                          caller,
                          () -> {
                            operation.call().accept(service());
                            return null;
                          }))
              .as(name)
              .isInstanceOf(HealthCodeException.class)
              .extracting(e -> ((HealthCodeException) e).code())
              .isEqualTo(ErrorCodes.FORBIDDEN);
        });
  }

  @Test
  void operations_CoverTheWholeFacade() {
    Set<String> declared =
        Arrays.stream(DeclarationFacade.class.getDeclaredMethods())
            .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toSet());
    assertThat(OPERATIONS.keySet()).isEqualTo(declared);
  }
}
