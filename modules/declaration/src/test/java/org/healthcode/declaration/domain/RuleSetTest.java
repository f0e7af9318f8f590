package org.healthcode.declaration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static final LocalDate V1_FROM = LocalDate.of(2020, 2, 29);
  private static final LocalDate V2_FROM = LocalDate.of(2020, 3, 15);

  static Rule cough(int version, Outcome outcome, LocalDate from, LocalDate to) {
    return new Rule(
        "ORANGE-COUGH",
        version,
        "Cough, version " + version,
        outcome,
        from,
        to,
        new Condition.AnySymptom(Set.of(Symptom.COUGH)));
  }

  @Test
  void inForceOn_BeforeTheNewVersionsFirstDay_IsTheOldVersion() {
    var rules =
        RuleSet.of(
            List.of(cough(1, Outcome.ORANGE, V1_FROM, null), cough(2, Outcome.RED, V2_FROM, null)));

    assertThat(rules.inForceOn(V2_FROM.minusDays(1))).extracting(Rule::version).containsExactly(1);
  }

  @Test
  void inForceOn_FromTheNewVersionsFirstDay_IsTheNewVersion() {
    var rules =
        RuleSet.of(
            List.of(cough(2, Outcome.RED, V2_FROM, null), cough(1, Outcome.ORANGE, V1_FROM, null)));

    assertThat(rules.inForceOn(V2_FROM)).extracting(Rule::version).containsExactly(2);
    assertThat(rules.inForceOn(V2_FROM.plusYears(1))).extracting(Rule::version).containsExactly(2);
  }

  @Test
  void inForceOn_AfterTheNewestVersionEnded_IsNoVersionAtAll() {
    var rules =
        RuleSet.of(
            List.of(
                cough(1, Outcome.ORANGE, V1_FROM, null),
                cough(2, Outcome.ORANGE, V2_FROM, V2_FROM.plusDays(10))));

    assertThat(rules.inForceOn(V2_FROM.plusDays(10))).extracting(Rule::version).containsExactly(2);
    assertThat(rules.inForceOn(V2_FROM.plusDays(11))).isEmpty();
  }

  @Test
  void inForceOn_BeforeTheFirstVersion_IsEmpty() {
    var rules = RuleSet.of(List.of(cough(1, Outcome.ORANGE, V1_FROM, null)));

    assertThat(rules.inForceOn(V1_FROM.minusDays(1))).isEmpty();
  }

  @Test
  void of_WhenAVersionIsTwice_IsRefused() {
    assertThatThrownBy(
            () ->
                RuleSet.of(
                    List.of(
                        cough(1, Outcome.ORANGE, V1_FROM, null),
                        cough(1, Outcome.RED, V2_FROM, null))))
        .hasMessage("version: rule ORANGE-COUGH has version 1 twice");
  }

  @Test
  void rule_WhenOutcomeGreenOrIdMalformedOrDatesReversed_IsRefused() {
    assertInvalidRule(() -> cough(1, Outcome.GREEN, V1_FROM, null))
        .hasMessage("outcome: must be RED, ORANGE or MANUAL_REVIEW, was GREEN");
    assertInvalidRule(() -> cough(0, Outcome.ORANGE, V1_FROM, null))
        .hasMessage("version: must be 1 or more, was 0");
    assertInvalidRule(() -> cough(1, Outcome.ORANGE, V2_FROM, V1_FROM))
        .hasMessage("validTo: must not be before validFrom (2020-03-15), was 2020-02-29");
    assertInvalidRule(
            () ->
                new Rule(
                    "orange cough",
                    1,
                    "x",
                    Outcome.ORANGE,
                    V1_FROM,
                    null,
                    new Condition.UnderMedicalObservation()))
        .hasMessageStartingWith("id: must be upper-case words");
  }

  @Test
  void condition_WhenParametersMakeNoSense_IsRefused() {
    assertInvalidRule(() -> new Condition.StayIn(Set.of(RiskLevel.HIGH), 0))
        .hasMessage("condition.withinDays: must be between 1 and 14, was 0");
    assertInvalidRule(() -> new Condition.StayIn(Set.of(RiskLevel.HIGH), 15))
        .hasMessage("condition.withinDays: must be between 1 and 14, was 15");
    assertInvalidRule(() -> new Condition.StayIn(EnumSet.noneOf(RiskLevel.class), 14))
        .hasMessage("condition.levels: must name at least one value");
    assertInvalidRule(() -> new Condition.CaseStatusIn(Set.of(CaseStatus.NONE)))
        .hasMessage("condition.statuses: NONE would match everyone");
    assertInvalidRule(() -> new Condition.ContactWithCase(Set.of(CaseContactKind.NONE), 14))
        .hasMessage("condition.kinds: NONE is no contact");
    assertInvalidRule(
            () -> new Condition.FeverAndStayIn(new BigDecimal("50.0"), Set.of(RiskLevel.HIGH), 14))
        .hasMessage("condition.minTemperature: must be between 34.0 and 43.0 °C, was 50.0");
    assertInvalidRule(
            () ->
                new Condition.Inconsistent(
                    Set.of(Contradiction.OVERLAPPING_STAYS), new BigDecimal("37.3")))
        .hasMessage("condition.feverFrom: is only used with FEVER_NOT_DECLARED");
    assertInvalidRule(
            () -> new Condition.Inconsistent(Set.of(Contradiction.FEVER_NOT_DECLARED), null))
        .hasMessage("condition.feverFrom: is required");
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable>
      assertInvalidRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(DeclarationErrorCodes.INVALID_RULE));
  }
}
