package org.healthcode.declaration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.domain.Condition;
import org.healthcode.declaration.domain.ConditionKind;
import org.healthcode.declaration.domain.Contradiction;
import org.healthcode.declaration.domain.DeclarationErrorCodes;
import org.healthcode.declaration.domain.Rule;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleJsonTest {

  private static final LocalDate FROM = LocalDate.of(2020, 2, 29);

  private static final String VALID =
      """
      {"id":"ORANGE-STAY","version":2,"description":"Stay","outcome":"ORANGE",
       "validFrom":"2020-02-29","validTo":"2020-06-30",
       "condition":{"kind":"STAY_IN","levels":["MEDIUM","HIGH"],"withinDays":14}}
      """;

  static Stream<Condition> oneConditionOfEachKind() {
    return Stream.of(
        new Condition.CaseStatusIn(Set.of(CaseStatus.CONFIRMED, CaseStatus.SUSPECTED)),
        new Condition.ContactWithCase(Set.of(CaseContactKind.CONFIRMED), 14),
        new Condition.FeverAndStayIn(new BigDecimal("37.3"), Set.of(RiskLevel.HIGH), 14),
        new Condition.StayIn(Set.of(RiskLevel.MEDIUM, RiskLevel.HIGH), 7),
        new Condition.AnySymptom(EnumSet.allOf(Symptom.class)),
        new Condition.ArrivingWithin(14),
        new Condition.UnderMedicalObservation(),
        new Condition.Inconsistent(EnumSet.allOf(Contradiction.class), new BigDecimal("37.5")),
        new Condition.Inconsistent(Set.of(Contradiction.OVERLAPPING_STAYS), null));
  }

  @Test
  void oneConditionOfEachKind_CoversEveryKind() {
    assertThat(oneConditionOfEachKind().map(Condition::kind))
        .containsAll(Arrays.asList(ConditionKind.values()));
  }

  @ParameterizedTest
  @MethodSource("oneConditionOfEachKind")
  void read_WhenWrittenRule_IsTheSameRule(Condition condition) {
    var rule =
        new Rule(
            "RULE-" + condition.kind().name().replace('_', '-'),
            3,
            "A rule",
            Outcome.MANUAL_REVIEW,
            FROM,
            null,
            condition);

    Rule read = RuleJson.read(RuleJson.write(rule));

    assertThat(read).isEqualTo(rule);
  }

  @Test
  void read_WhenValidToGiven_KeepsIt() {
    Rule rule = RuleJson.read(VALID);

    assertThat(rule.validTo()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(rule.condition())
        .isEqualTo(new Condition.StayIn(Set.of(RiskLevel.MEDIUM, RiskLevel.HIGH), 14));
    assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule);
  }

  @Test
  void baseline_WhenLoaded_HoldsTheRulesOfDesignSection3() {
    List<Rule> baseline = RuleJson.baseline();

    assertThat(baseline)
        .extracting(Rule::id)
        .containsExactly(
            "RED-CONFIRMED-OR-SUSPECTED-CASE",
            "RED-CLOSE-CONTACT",
            "RED-FEVER-AND-HIGH-RISK-STAY",
            "ORANGE-RISK-AREA-STAY",
            "ORANGE-SYMPTOM",
            "ORANGE-ARRIVAL",
            "MANUAL-FEVER-NOT-DECLARED",
            "MANUAL-ARRIVAL-FROM-INSIDE-CITY",
            "MANUAL-FUTURE-ARRIVAL-IN-CITY",
            "MANUAL-OVERLAPPING-STAYS");
    assertThat(baseline).allSatisfy(rule -> assertThat(rule.version()).isEqualTo(1));
  }

  @Test
  void read_WhenKindUnknown_IsRefused() {
    assertRefused(VALID.replace("\"STAY_IN\"", "\"MOON_PHASE\""))
        .hasMessageStartingWith("condition.kind: unknown value \"MOON_PHASE\"");
  }

  @Test
  void read_WhenConditionHasAnUnknownParameter_IsRefused() {
    assertRefused(VALID.replace("\"withinDays\":14", "\"withinDays\":14,\"minTemperature\":37.3"))
        .hasMessageStartingWith("condition.minTemperature: unknown field");
  }

  @Test
  void read_WhenRuleHasAnUnknownField_IsRefused() {
    assertRefused(VALID.replace("\"version\":2", "\"version\":2,\"priority\":1"))
        .hasMessageStartingWith("priority: unknown field");
  }

  @Test
  void read_WhenParameterMissing_IsRefused() {
    assertRefused(VALID.replace(",\"withinDays\":14", ""))
        .hasMessage("condition.withinDays: is required");
  }

  @Test
  void read_WhenParameterMistyped_IsRefused() {
    assertRefused(VALID.replace("\"withinDays\":14", "\"withinDays\":\"14\""))
        .hasMessage("condition.withinDays: must be a number");
    assertRefused(VALID.replace("\"withinDays\":14", "\"withinDays\":14.5"))
        .hasMessage("condition.withinDays: must be a whole number, was 14.5");
    assertRefused(VALID.replace("\"2020-06-30\"", "\"30/06/2020\""))
        .hasMessage("validTo: must be a date like 2020-02-29, was \"30/06/2020\"");
  }

  @Test
  void read_WhenEnumValueUnknown_IsRefusedNamingTheElement() {
    assertRefused(VALID.replace("\"HIGH\"]", "\"EXTREME\"]"))
        .hasMessageStartingWith("condition.levels[1]: unknown value \"EXTREME\"");
  }

  @Test
  void read_WhenParameterOutOfRange_IsRefusedByTheDomain() {
    assertRefused(VALID.replace("\"withinDays\":14", "\"withinDays\":90"))
        .hasMessage("condition.withinDays: must be between 1 and 14, was 90");
  }

  @Test
  void read_WhenNotJsonOrNotAnObject_IsRefused() {
    assertRefused("{\"id\":").hasMessageStartingWith("rule: is not valid JSON");
    assertRefused("[1]").hasMessage("rule: must be a JSON object");
  }

  @Test
  void readAll_WhenOneRuleIsBad_NamesItsPosition() {
    String array = "[" + VALID + "," + VALID.replace("\"ORANGE\"", "\"GREEN\"") + "]";

    assertThatThrownBy(
            () ->
                RuleJson.readAll(new ByteArrayInputStream(array.getBytes(StandardCharsets.UTF_8))))
        .hasMessage("rules[1].outcome: must be RED, ORANGE or MANUAL_REVIEW, was GREEN");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String json) {
    return assertThatThrownBy(() -> RuleJson.read(json))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(DeclarationErrorCodes.INVALID_RULE));
  }
}
