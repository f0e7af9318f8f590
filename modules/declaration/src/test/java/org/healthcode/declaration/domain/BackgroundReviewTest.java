package org.healthcode.declaration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.declaration.domain.Forms.TODAY;
import static org.healthcode.declaration.domain.Forms.clockOn;
import static org.healthcode.declaration.domain.Forms.daysAgo;
import static org.healthcode.declaration.domain.Forms.healthy;

import java.time.LocalDate;
import java.util.List;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.ReviewOutcome;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.api.Transport;
import org.healthcode.declaration.application.RuleJson;
import org.junit.jupiter.api.Test;

/**
 * The baseline rules of DESIGN §3, as shipped, against declarations submitted and reviewed today.
 */
class BackgroundReviewTest {

  private static final String WUHAN = "420100";
  private static final String WUCHANG = "420106";
  private static final String SHIJIAZHUANG = "130100";

  private final RuleSet baseline = RuleSet.of(RuleJson.baseline());
  private final RiskAreas riskAreas =
      RiskAreas.of(
          List.of(
              new RiskArea(WUHAN, RiskLevel.HIGH, LocalDate.of(2020, 1, 23), null),
              new RiskArea(SHIJIAZHUANG, RiskLevel.MEDIUM, LocalDate.of(2020, 2, 1), null),
              new RiskArea("KOR", RiskLevel.LOW, LocalDate.of(2020, 2, 1), null)));
  private final BackgroundReview review = new BackgroundReview(clockOn(TODAY));

  private ReviewOutcome reviewed(Forms.Builder form) {
    return review.review(form.submit(), baseline, riskAreas);
  }

  private static List<String> ids(ReviewOutcome outcome) {
    return outcome.firedRules().stream().map(FiredRule::id).toList();
  }

  @Test
  void review_WhenNothingToReport_IsGreenWithNoFiredRule() {
    ReviewOutcome outcome = reviewed(healthy().stay("KOR", daysAgo(5), daysAgo(2)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.GREEN);
    assertThat(outcome.firedRules()).isEmpty();
    assertThat(outcome.needsManualReview()).isFalse();
    assertThat(outcome.reviewedAt()).isEqualTo(clockOn(TODAY).instant());
  }

  @Test
  void review_WhenConfirmedCase_IsRedByTheCaseRuleAlone() {
    ReviewOutcome outcome = reviewed(healthy().caseStatus(CaseStatus.CONFIRMED));

    assertThat(outcome.outcome()).isEqualTo(Outcome.RED);
    assertThat(outcome.firedRules())
        .containsExactly(
            new FiredRule(
                "RED-CONFIRMED-OR-SUSPECTED-CASE",
                1,
                "Declares being a confirmed or suspected case",
                Outcome.RED));
  }

  @Test
  void review_WhenSuspectedCase_IsRed() {
    assertThat(ids(reviewed(healthy().caseStatus(CaseStatus.SUSPECTED))))
        .containsExactly("RED-CONFIRMED-OR-SUSPECTED-CASE");
  }

  @Test
  void review_WhenContactWithASuspectedCase14DaysAgo_IsRedByTheContactRuleAlone() {
    ReviewOutcome outcome =
        reviewed(healthy().caseContact(CaseContact.with(CaseContactKind.SUSPECTED, daysAgo(14))));

    assertThat(outcome.outcome()).isEqualTo(Outcome.RED);
    assertThat(ids(outcome)).containsExactly("RED-CLOSE-CONTACT");
  }

  @Test
  void review_WhenFeverAndAStayInAHighRiskArea_IsRedWithTheStayAndSymptomRulesListed() {
    ReviewOutcome outcome =
        reviewed(
            healthy()
                .temperature("37.3")
                .symptoms(Symptom.FEVER)
                .stay(WUCHANG, daysAgo(10), daysAgo(8)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.RED);
    assertThat(ids(outcome))
        .containsExactly("RED-FEVER-AND-HIGH-RISK-STAY", "ORANGE-RISK-AREA-STAY", "ORANGE-SYMPTOM");
  }

  @Test
  void review_WhenTemperatureJustBelowFeverAndAHighRiskStay_IsOrange() {
    ReviewOutcome outcome =
        reviewed(healthy().temperature("37.2").stay(WUCHANG, daysAgo(3), daysAgo(1)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.ORANGE);
    assertThat(ids(outcome)).containsExactly("ORANGE-RISK-AREA-STAY");
  }

  @Test
  void review_WhenAStayInAMediumRiskArea_IsOrangeByTheStayRuleAlone() {
    ReviewOutcome outcome = reviewed(healthy().stay(SHIJIAZHUANG, daysAgo(4), daysAgo(2)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.ORANGE);
    assertThat(ids(outcome)).containsExactly("ORANGE-RISK-AREA-STAY");
  }

  @Test
  void review_WhenTheStayWasRiskyOnlyBeforeTheLast14Days_IsGreen() {
    // the stay reaches into the window (its first day is 14 days ago) but the area ended before
    var areaEnded =
        RiskAreas.of(List.of(new RiskArea(WUCHANG, RiskLevel.HIGH, daysAgo(30), daysAgo(15))));
    ReviewOutcome outcome =
        review.review(
            healthy().stay(WUCHANG, daysAgo(20), daysAgo(14)).submit(), baseline, areaEnded);

    assertThat(outcome.outcome()).isEqualTo(Outcome.GREEN);
  }

  @Test
  void review_WhenASingleSymptom_IsOrangeByTheSymptomRuleAlone() {
    ReviewOutcome outcome = reviewed(healthy().symptoms(Symptom.LOSS_OF_TASTE_OR_SMELL));

    assertThat(outcome.outcome()).isEqualTo(Outcome.ORANGE);
    assertThat(ids(outcome)).containsExactly("ORANGE-SYMPTOM");
  }

  @Test
  void review_WhenArrivedFromOutsideTheCity13DaysAgo_IsOrangeByTheArrivalRuleAlone() {
    ReviewOutcome outcome =
        reviewed(healthy().arrival(new Arrival("310000", daysAgo(13), Transport.TRAIN)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.ORANGE);
    assertThat(ids(outcome)).containsExactly("ORANGE-ARRIVAL");
  }

  @Test
  void review_WhenArrived14DaysAgo_IsGreen() {
    assertThat(
            reviewed(healthy().arrival(new Arrival("310000", daysAgo(14), Transport.TRAIN)))
                .outcome())
        .isEqualTo(Outcome.GREEN);
  }

  @Test
  void review_WhenUnderMedicalObservation_IsGreenSinceNoBaselineRuleAsksAboutIt() {
    assertThat(reviewed(healthy().underMedicalObservation()).outcome()).isEqualTo(Outcome.GREEN);
  }

  @Test
  void review_WhenFeverMeasuredButNotTicked_GoesToManualReviewWithAGreenColour() {
    ReviewOutcome outcome = reviewed(healthy().temperature("38.0"));

    assertThat(outcome.outcome()).isEqualTo(Outcome.MANUAL_REVIEW);
    assertThat(ids(outcome)).containsExactly("MANUAL-FEVER-NOT-DECLARED");
    assertThat(outcome.colour()).isEqualTo(Outcome.GREEN);
    assertThat(outcome.needsManualReview()).isTrue();
  }

  @Test
  void review_WhenArrivalFromInsideTheCity_GoesToManualReviewAndIsNoArrival() {
    ReviewOutcome outcome =
        reviewed(healthy().arrival(new Arrival("120116", daysAgo(2), Transport.CAR)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.MANUAL_REVIEW);
    assertThat(ids(outcome)).containsExactly("MANUAL-ARRIVAL-FROM-INSIDE-CITY");
  }

  @Test
  void review_WhenArrivalStillToComeButInTheCity_GoesToManualReviewKeepingOrange() {
    ReviewOutcome outcome =
        reviewed(healthy().arrival(new Arrival("JPN", TODAY.plusDays(3), Transport.PLANE)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.MANUAL_REVIEW);
    assertThat(ids(outcome)).containsExactly("MANUAL-FUTURE-ARRIVAL-IN-CITY", "ORANGE-ARRIVAL");
    assertThat(outcome.colour()).isEqualTo(Outcome.ORANGE);
  }

  @Test
  void review_WhenArrivalStillToComeFromOutside_IsOrangeOnly() {
    ReviewOutcome outcome =
        reviewed(
            healthy()
                .location(CurrentLocation.outsideCity("東京都港区"))
                .arrival(new Arrival("JPN", TODAY.plusDays(3), Transport.PLANE)));

    assertThat(ids(outcome)).containsExactly("ORANGE-ARRIVAL");
  }

  @Test
  void review_WhenStaysInTwoRegionsOverlapByDays_GoesToManualReview() {
    ReviewOutcome outcome =
        reviewed(
            healthy().stay("310000", daysAgo(6), daysAgo(3)).stay("JPN", daysAgo(5), daysAgo(1)));

    assertThat(ids(outcome)).containsExactly("MANUAL-OVERLAPPING-STAYS");
  }

  @Test
  void review_WhenStaysShareOnlyTheTravelDayOrNest_IsGreen() {
    ReviewOutcome outcome =
        reviewed(
            healthy()
                .stay("310000", daysAgo(6), daysAgo(3))
                .stay("JPN", daysAgo(3), daysAgo(1))
                .stay("310101", daysAgo(6), daysAgo(4)));

    assertThat(outcome.outcome()).isEqualTo(Outcome.GREEN);
  }

  @Test
  void review_WhenSeveralRulesFire_TheStrongestWinsAndAllAreListedStrongestFirst() {
    ReviewOutcome outcome =
        reviewed(
            healthy()
                .symptoms(Symptom.COUGH)
                .stay(SHIJIAZHUANG, daysAgo(4), daysAgo(2))
                .caseContact(CaseContact.with(CaseContactKind.CONFIRMED, daysAgo(3))));

    assertThat(outcome.outcome()).isEqualTo(Outcome.RED);
    assertThat(ids(outcome))
        .containsExactly("RED-CLOSE-CONTACT", "ORANGE-RISK-AREA-STAY", "ORANGE-SYMPTOM");
  }

  @Test
  void review_WhenRedAndAContradiction_StaysRedAndNeedsManualReview() {
    ReviewOutcome outcome =
        reviewed(healthy().caseStatus(CaseStatus.CONFIRMED).temperature("38.5"));

    assertThat(outcome.outcome()).isEqualTo(Outcome.RED);
    assertThat(outcome.colour()).isEqualTo(Outcome.RED);
    assertThat(outcome.needsManualReview()).isTrue();
    assertThat(ids(outcome))
        .containsExactly("RED-CONFIRMED-OR-SUSPECTED-CASE", "MANUAL-FEVER-NOT-DECLARED");
  }

  @Test
  void review_WhenARuleVersionIsReplacedOnADay_UsesTheVersionInForceAndKeepsOldOutcomes() {
    LocalDate replacedOn = TODAY.plusDays(5);
    var rules =
        RuleSet.of(
            List.of(
                RuleSetTest.cough(1, Outcome.ORANGE, LocalDate.of(2020, 2, 29), null),
                RuleSetTest.cough(2, Outcome.RED, replacedOn, null)));
    Declaration declaration = healthy().symptoms(Symptom.COUGH).submit();

    ReviewOutcome before =
        new BackgroundReview(clockOn(replacedOn.minusDays(1)))
            .review(declaration, rules, RiskAreas.none());
    ReviewOutcome after =
        new BackgroundReview(clockOn(replacedOn)).review(declaration, rules, RiskAreas.none());

    assertThat(before.firedRules())
        .containsExactly(new FiredRule("ORANGE-COUGH", 1, "Cough, version 1", Outcome.ORANGE));
    assertThat(before.outcome()).isEqualTo(Outcome.ORANGE);
    assertThat(after.firedRules())
        .containsExactly(new FiredRule("ORANGE-COUGH", 2, "Cough, version 2", Outcome.RED));
    assertThat(after.outcome()).isEqualTo(Outcome.RED);
  }
}
