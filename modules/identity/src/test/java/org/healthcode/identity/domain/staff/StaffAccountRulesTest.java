package org.healthcode.identity.domain.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffAccountRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "li.wei", "reviewer-07", "a1234567890123456789012345678901234567.9"})
  void checkUsername_WhenLowerCaseLettersDigitsDotDash_IsAccepted(String username) {
    assertThatCode(() -> StaffAccountRules.checkUsername(username)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "Admin",
        "li wei",
        "li_wei",
        "wei@example",
        "张伟",
        "a12345678901234567890123456789012345678901"
      })
  void checkUsername_WhenOtherCharactersOrLength_IsBadInput(String username) {
    assertBadInput(() -> StaffAccountRules.checkUsername(username), "username");
  }

  @Test
  void checkUsername_WhenNull_IsBadInput() {
    assertBadInput(() -> StaffAccountRules.checkUsername(null), "username");
  }

  @Test
  void checkPassword_WhenTwelveCharacters_IsAccepted() {
    assertThatCode(() -> StaffAccountRules.checkPassword("twelve chars", "li.wei"))
        .doesNotThrowAnyException();
  }

  @Test
  void checkPassword_WhenElevenCharacters_IsBadInput() {
    assertBadInput(() -> StaffAccountRules.checkPassword("eleven char", "li.wei"), "12");
  }

  @Test
  void checkPassword_WhenEqualToUsername_IsBadInput() {
    assertBadInput(
        () -> StaffAccountRules.checkPassword("reviewer-0001", "reviewer-0001"), "username");
    assertBadInput(
        () -> StaffAccountRules.checkPassword("REVIEWER-0001", "reviewer-0001"), "username");
  }

  @Test
  void checkPassword_WhenOver200Characters_IsBadInput() {
    assertBadInput(() -> StaffAccountRules.checkPassword("x".repeat(201), "li.wei"), "200");
  }

  @Test
  void checkRoles_WhenAllowedCombinations_AreAccepted() {
    for (Set<Role> roles :
        Set.of(
            EnumSet.of(Role.ADMIN),
            EnumSet.of(Role.VENUE_OPERATOR),
            EnumSet.of(Role.COUNTER),
            EnumSet.of(Role.REVIEWER),
            EnumSet.of(Role.SUPERVISOR, Role.ANALYST),
            EnumSet.of(Role.REVIEWER, Role.ANALYST, Role.AUDITOR))) {
      assertThatCode(() -> StaffAccountRules.checkRoles(roles)).doesNotThrowAnyException();
    }
  }

  @Test
  void checkRoles_WhenAdminWithAHealthRole_IsBadInput() {
    for (Role health : EnumSet.of(Role.REVIEWER, Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR)) {
      assertBadInput(() -> StaffAccountRules.checkRoles(EnumSet.of(Role.ADMIN, health)), "ADMIN");
    }
  }

  @Test
  void checkRoles_WhenVenueOperatorWithAnyOtherRole_IsBadInput() {
    for (Role other :
        EnumSet.of(Role.REVIEWER, Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR, Role.ADMIN)) {
      assertBadInput(
          () -> StaffAccountRules.checkRoles(EnumSet.of(Role.VENUE_OPERATOR, other)),
          "VENUE_OPERATOR");
    }
  }

  @Test
  void checkRoles_WhenCounterWithAnotherRole_IsBadInput() {
    for (Role other :
        EnumSet.complementOf(EnumSet.of(Role.COUNTER, Role.CITIZEN, Role.SCANNER, Role.SYSTEM))) {
      assertBadInput(
          () -> StaffAccountRules.checkRoles(EnumSet.of(Role.COUNTER, other)), "COUNTER");
    }
  }

  @Test
  void checkRoles_WithTheSystemRole_IsBadInput() {
    // background work's role: no account holds it, so no sign-in can issue it (docs/adr/0044)
    assertBadInput(
        () -> StaffAccountRules.checkRoles(EnumSet.of(Role.ADMIN, Role.SYSTEM)), "SYSTEM");
  }

  @Test
  void checkRoles_WhenReviewerAndSupervisor_IsBadInput() {
    assertBadInput(
        () -> StaffAccountRules.checkRoles(EnumSet.of(Role.REVIEWER, Role.SUPERVISOR)),
        "propose and approve");
  }

  @Test
  void checkRoles_WhenEmptyOrNotStaff_IsBadInput() {
    assertBadInput(() -> StaffAccountRules.checkRoles(Set.of()), "at least one");
    assertBadInput(
        () -> StaffAccountRules.checkRoles(EnumSet.of(Role.AUDITOR, Role.CITIZEN)), "CITIZEN");
    assertBadInput(() -> StaffAccountRules.checkRoles(EnumSet.of(Role.SCANNER)), "SCANNER");
  }

  private static void assertBadInput(Runnable check, String messagePart) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("BAD_INPUT"))
        .hasMessageContaining(messagePart);
  }
}
