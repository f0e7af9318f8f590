package org.healthcode.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class ContractAccessTest {

  /** A module contract: one operation with a rule, one without. */
  interface Contract {
    @CallableBy({Role.SCANNER, Role.SYSTEM})
    String stated(String text);

    String forgotten();
  }

  private static final ContractAccess STATED =
      ContractAccess.of(Contract.class, "stated", String.class);
  private static final ContractAccess FORGOTTEN = ContractAccess.of(Contract.class, "forgotten");

  @Test
  void check_ForACallerWithOneOfTheRoles_IsThatCaller() {
    Caller device = new Caller("device:7", Set.of(Role.SCANNER));

    assertThat(CallerContext.as(device, STATED::check)).isEqualTo(device);
    assertThat(CallerContext.as(Caller.system("contact-tracing"), STATED::check))
        .isEqualTo(Caller.system("contact-tracing"));
  }

  @Test
  void check_ForACallerWithOtherRoles_IsForbidden() {
    Caller reviewer = new Caller("staff:r", Set.of(Role.REVIEWER, Role.SUPERVISOR));

    assertThatThrownBy(() -> CallerContext.as(reviewer, STATED::check))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.FORBIDDEN);
  }

  @Test
  void check_WhenAnonymous_IsUnauthenticated() {
    assertThatThrownBy(STATED::check)
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.UNAUTHENTICATED);
  }

  @Test
  void check_OfAnOperationThatStatesNoAccess_IsForbiddenToEveryone() {
    Caller everyRole = new Caller("staff:all", Set.of(Role.values()));

    assertThatThrownBy(() -> CallerContext.as(everyRole, FORGOTTEN::check))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.FORBIDDEN);
  }

  @Test
  void of_AMethodTheApiDoesNotHave_Fails() {
    assertThatThrownBy(() -> ContractAccess.of(Contract.class, "stated"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
