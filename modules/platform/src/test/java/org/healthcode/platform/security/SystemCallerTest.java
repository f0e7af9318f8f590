package org.healthcode.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

/** The system caller of background work, and that no token can be one (docs/adr/0044). */
class SystemCallerTest {

  private final TokenIssuer issuer = new TokenIssuer();

  @Test
  void system_IsNamedAfterItsJobAndHoldsOnlyTheSystemRole() {
    Caller job = Caller.system("contact-tracing");

    assertThat(job.subject()).isEqualTo("system:contact-tracing");
    assertThat(job.roles()).containsExactly(Role.SYSTEM);
    assertThat(job.isAnonymous()).isFalse();
    assertThat(Role.SYSTEM.isStaff()).isFalse();
    assertThatThrownBy(() -> Caller.system(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void issue_WithTheSystemRole_IsRefused() {
    assertThatThrownBy(() -> issuer.issue("staff:admin", Set.of(Role.ADMIN, Role.SYSTEM), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void issue_ForASystemSubject_IsRefused() {
    assertThatThrownBy(() -> issuer.issue("system:status-jobs", Set.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_SetsTheCallerForTheWorkOnlyAndRestoresTheOneBefore() {
    CallerContext callers = new CallerContext();
    Caller[] seen = new Caller[1];

    CallerContext.run(Caller.system("status-jobs"), () -> seen[0] = callers.current());

    assertThat(seen[0]).isEqualTo(Caller.system("status-jobs"));
    assertThat(callers.current().isAnonymous()).isTrue();
  }

  @Test
  void requireAnyOf_ForASystemCallerWithoutTheRole_IsForbidden() {
    CallerContext callers = new CallerContext();

    assertThatThrownBy(
            () ->
                CallerContext.run(
                    Caller.system("status-jobs"), () -> callers.requireAnyOf(Role.ADMIN)))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.FORBIDDEN);
  }
}
