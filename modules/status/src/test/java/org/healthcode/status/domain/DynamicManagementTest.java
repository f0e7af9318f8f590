package org.healthcode.status.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthcode.status.api.Colour.GREEN;
import static org.healthcode.status.api.Colour.ORANGE;
import static org.healthcode.status.api.Colour.RED;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.StatusErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DynamicManagementTest {

  private static final Duration PERIOD = Duration.ofDays(14);
  private static final String CITIZEN = "citizen:7";
  private static final String REVIEWER = "staff:reviewer";
  private static final String SUPERVISOR = "staff:supervisor";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final DynamicManagement management = new DynamicManagement(clock, PERIOD);

  // --- declarations ------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Colour.class)
  void declare_WhenUnassessed_TakesTheAssessedColour(Colour assessed) {
    HealthCode code = newCode();

    Transition transition = management.declare(code, assessed, CITIZEN, "review outcome");

    ColourChange change = changeOf(transition);
    assertThat(change.from()).isEmpty();
    assertThat(change.to()).isEqualTo(assessed);
    assertThat(change.cause()).isEqualTo(ChangeCause.DECLARATION);
    assertThat(change.actor()).isEqualTo(CITIZEN);
    assertThat(change.at()).isEqualTo(clock.instant());
    assertThat(change.version()).isEqualTo(1);
    assertThat(code.colour()).contains(assessed);
    assertThat(code.reason()).contains("review outcome");
    assertThat(code.since()).contains(clock.instant());
    assertThat(code.version()).isEqualTo(1);
    assertThat(code.history()).containsExactly(change);
  }

  @Test
  void declare_WhenOrange_StartsAnObservationOfOnePeriod() {
    HealthCode code = newCode();

    management.declare(code, ORANGE, CITIZEN, "stayed in a medium-risk area");

    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
    assertThat(code.observationTimer())
        .contains(new ObservationTimer(code.person(), clock.instant().plus(PERIOD)));
  }

  @Test
  void declare_WhenRedOnGreen_TurnsRed() {
    HealthCode code = codeWith(GREEN);
    clock.advance(Duration.ofDays(3));

    ColourChange change = changeOf(management.declare(code, RED, CITIZEN, "confirmed case"));

    assertThat(change.from()).contains(GREEN);
    assertThat(change.to()).isEqualTo(RED);
    assertThat(code.colour()).contains(RED);
    assertThat(code.since()).contains(clock.instant());
    assertThat(code.observationEnd()).isEmpty();
  }

  @Test
  void declare_WhenOrangeOnGreen_StartsAnObservation() {
    HealthCode code = codeWith(GREEN);
    clock.advance(Duration.ofDays(3));

    ColourChange change = changeOf(management.declare(code, ORANGE, CITIZEN, "a symptom"));

    assertThat(change.to()).isEqualTo(ORANGE);
    assertThat(change.observationEnd()).contains(clock.instant().plus(PERIOD));
    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
  }

  @Test
  void declare_WhenRedDuringObservation_TurnsRedAndEndsTheObservation() {
    HealthCode code = codeWith(ORANGE);
    clock.advance(Duration.ofDays(2));

    ColourChange change = changeOf(management.declare(code, RED, CITIZEN, "close contact"));

    assertThat(change.from()).contains(ORANGE);
    assertThat(change.observationEnd()).isEmpty();
    assertThat(code.colour()).contains(RED);
    assertThat(code.observationEnd()).isEmpty();
    assertThat(code.observationTimer()).isEmpty();
  }

  @Test
  void declare_WhenGreenOnGreen_ChangesNothing() {
    HealthCode code = codeWith(GREEN);

    Transition transition = management.declare(code, GREEN, CITIZEN, "nothing to report");

    assertUnchanged(transition, NoChange.SAME_COLOUR, code, 1);
  }

  @Test
  void declare_WhenGreenDuringObservation_DoesNotEndItEarly() {
    HealthCode code = codeWith(ORANGE);
    Instant end = code.observationEnd().orElseThrow();
    clock.advance(Duration.ofDays(1));

    Transition transition = management.declare(code, GREEN, CITIZEN, "feel fine now");

    assertUnchanged(transition, NoChange.OBSERVATION_RUNNING, code, 1);
    assertThat(code.colour()).contains(ORANGE);
    assertThat(code.observationEnd()).contains(end);
  }

  @Test
  void declare_WhenOrangeDuringObservation_ExtendsItFromNow() {
    HealthCode code = codeWith(ORANGE);
    Instant orangeSince = code.since().orElseThrow();
    clock.advance(Duration.ofDays(5));

    ColourChange change = changeOf(management.declare(code, ORANGE, CITIZEN, "new symptom"));

    assertThat(change.from()).contains(ORANGE);
    assertThat(change.to()).isEqualTo(ORANGE);
    assertThat(change.changesColour()).isFalse();
    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
    assertThat(code.since()).contains(orangeSince);
    assertThat(code.version()).isEqualTo(2);
  }

  @Test
  void declare_WhenTheNewPeriodIsShorter_NeverShortensARunningObservation() {
    HealthCode code = codeWith(ORANGE);
    Instant end = code.observationEnd().orElseThrow();
    DynamicManagement shortPeriod = new DynamicManagement(clock, Duration.ofSeconds(30));
    clock.advance(Duration.ofDays(1));

    ColourChange change = changeOf(shortPeriod.declare(code, ORANGE, CITIZEN, "new symptom"));

    assertThat(change.observationEnd()).contains(end);
    assertThat(code.observationEnd()).contains(end);
  }

  @ParameterizedTest
  @EnumSource(
      value = Colour.class,
      names = {"GREEN", "ORANGE"})
  void declare_WhenWeakerThanRed_ChangesNothing(Colour assessed) {
    HealthCode code = codeWith(RED);

    Transition transition = management.declare(code, assessed, CITIZEN, "feel fine");

    assertUnchanged(transition, NoChange.RED_NEEDS_REVIEW, code, 1);
    assertThat(code.colour()).contains(RED);
  }

  @Test
  void declare_WhenRedOnRed_ChangesNothing() {
    HealthCode code = codeWith(RED);

    assertUnchanged(
        management.declare(code, RED, CITIZEN, "still a case"), NoChange.SAME_COLOUR, code, 1);
  }

  @Test
  void declare_WhenReasonIsBlank_RefusesWithBadInput() {
    HealthCode code = newCode();

    assertThatThrownBy(() -> management.declare(code, GREEN, CITIZEN, "  "))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(ErrorCodes.BAD_INPUT);
    assertThat(code.version()).isZero();
  }

  @Test
  void declare_WhenReasonIsTooLong_RefusesWithBadInput() {
    HealthCode code = newCode();
    String reason = "x".repeat(ColourChange.MAX_REASON_LENGTH + 1);

    assertRefused(() -> management.declare(code, RED, CITIZEN, reason), ErrorCodes.BAD_INPUT);
  }

  // --- exposures ---------------------------------------------------------------------------

  @Test
  void expose_WhenGreen_StartsAnObservation() {
    HealthCode code = codeWith(GREEN);
    clock.advance(Duration.ofHours(6));

    ColourChange change = changeOf(management.expose(code, "staff:tracer", "venue contact"));

    assertThat(change.cause()).isEqualTo(ChangeCause.EXPOSURE);
    assertThat(change.from()).contains(GREEN);
    assertThat(change.to()).isEqualTo(ORANGE);
    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
  }

  @Test
  void expose_WhenOrange_RestartsTheObservation() {
    HealthCode code = codeWith(ORANGE);
    clock.advance(Duration.ofDays(10));

    ColourChange change = changeOf(management.expose(code, "staff:tracer", "venue contact"));

    assertThat(change.to()).isEqualTo(ORANGE);
    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
  }

  @Test
  void expose_WhenRed_ChangesNothing() {
    HealthCode code = codeWith(RED);

    assertUnchanged(
        management.expose(code, "staff:tracer", "venue contact"),
        NoChange.RED_NEEDS_REVIEW,
        code,
        1);
    assertThat(code.colour()).contains(RED);
  }

  @Test
  void expose_WhenUnassessed_StartsAnObservation() {
    HealthCode code = newCode();

    ColourChange change = changeOf(management.expose(code, "staff:tracer", "venue contact"));

    assertThat(change.from()).isEmpty();
    assertThat(code.colour()).contains(ORANGE);
  }

  // --- observation timers ------------------------------------------------------------------

  @Test
  void endObservation_WhenThePeriodIsOver_TurnsGreen() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer timer = code.observationTimer().orElseThrow();
    clock.set(timer.observationEnd().plusSeconds(1));

    ColourChange change = changeOf(management.endObservation(code, timer));

    assertThat(change.cause()).isEqualTo(ChangeCause.TIMER);
    assertThat(change.actor()).isEqualTo(DynamicManagement.TIMER_ACTOR);
    assertThat(change.from()).contains(ORANGE);
    assertThat(change.to()).isEqualTo(GREEN);
    assertThat(code.colour()).contains(GREEN);
    assertThat(code.observationEnd()).isEmpty();
    assertThat(code.observationTimer()).isEmpty();
  }

  @Test
  void endObservation_ExactlyAtTheObservationEnd_TurnsGreen() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer timer = code.observationTimer().orElseThrow();
    clock.set(timer.observationEnd());

    assertThat(changeOf(management.endObservation(code, timer)).to()).isEqualTo(GREEN);
  }

  @Test
  void endObservation_BeforeTheObservationEnd_ChangesNothing() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer timer = code.observationTimer().orElseThrow();
    clock.set(timer.observationEnd().minusMillis(1));

    assertUnchanged(management.endObservation(code, timer), NoChange.TIMER_EARLY, code, 1);
    assertThat(code.colour()).contains(ORANGE);
  }

  @Test
  void endObservation_WhenTheObservationWasExtended_StaleTimerChangesNothing() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer first = code.observationTimer().orElseThrow();
    clock.advance(Duration.ofDays(7));
    management.expose(code, "staff:tracer", "second contact");
    clock.set(first.observationEnd().plusSeconds(1));

    assertUnchanged(management.endObservation(code, first), NoChange.TIMER_STALE, code, 2);
    assertThat(code.colour()).contains(ORANGE);

    ObservationTimer second = code.observationTimer().orElseThrow();
    clock.set(second.observationEnd());
    assertThat(changeOf(management.endObservation(code, second)).to()).isEqualTo(GREEN);
  }

  @Test
  void endObservation_WhenFiredTwiceForTheSameObservation_SecondChangesNothing() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer timer = code.observationTimer().orElseThrow();
    clock.set(timer.observationEnd().plusSeconds(5));
    management.endObservation(code, timer);

    assertUnchanged(management.endObservation(code, timer), NoChange.TIMER_STALE, code, 2);
    assertThat(code.colour()).contains(GREEN);
  }

  @Test
  void endObservation_WhenTheCodeTurnedRed_ChangesNothing() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer timer = code.observationTimer().orElseThrow();
    management.declare(code, RED, CITIZEN, "confirmed case");
    clock.set(timer.observationEnd().plusSeconds(1));

    assertUnchanged(management.endObservation(code, timer), NoChange.TIMER_STALE, code, 2);
    assertThat(code.colour()).contains(RED);
  }

  @Test
  void endObservation_WhenAReviewStartedANewObservation_OldTimerChangesNothing() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer old = code.observationTimer().orElseThrow();
    management.declare(code, RED, CITIZEN, "confirmed case");
    clock.advance(Duration.ofDays(1));
    management.decide(code, Decision.review(ORANGE, "test negative", REVIEWER, 2));
    clock.set(old.observationEnd().plusSeconds(1));

    assertUnchanged(management.endObservation(code, old), NoChange.TIMER_STALE, code, 3);
    assertThat(code.colour()).contains(ORANGE);
  }

  @Test
  void endObservation_WhenUnassessed_ChangesNothing() {
    HealthCode code = newCode();
    ObservationTimer timer = new ObservationTimer(code.person(), clock.instant());

    assertUnchanged(management.endObservation(code, timer), NoChange.TIMER_STALE, code, 0);
  }

  @Test
  void endObservation_WhenTheTimerIsAnotherPersons_Refuses() {
    HealthCode code = codeWith(ORANGE);
    ObservationTimer foreign =
        new ObservationTimer(
            new PersonId(code.person().value() + 1), code.observationEnd().orElseThrow());

    assertThatThrownBy(() -> management.endObservation(code, foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- decisions ---------------------------------------------------------------------------

  @Test
  void decide_WhenAReviewLowersRedToGreen_TurnsGreen() {
    HealthCode code = codeWith(RED);
    clock.advance(Duration.ofDays(20));

    ColourChange change =
        changeOf(management.decide(code, Decision.review(GREEN, "recovered", REVIEWER, 1)));

    assertThat(change.cause()).isEqualTo(ChangeCause.REVIEW);
    assertThat(change.actor()).isEqualTo(REVIEWER);
    assertThat(change.approvedBy()).isEmpty();
    assertThat(change.from()).contains(RED);
    assertThat(code.colour()).contains(GREEN);
    assertThat(code.since()).contains(clock.instant());
  }

  @Test
  void decide_WhenAReviewLowersRedToOrange_StartsAnObservation() {
    HealthCode code = codeWith(RED);

    management.decide(code, Decision.review(ORANGE, "negative test", REVIEWER, 1));

    assertThat(code.colour()).contains(ORANGE);
    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
  }

  @Test
  void decide_WhenAManualChangeIsApprovedBySomeoneElse_LowersRed() {
    HealthCode code = codeWith(RED);

    ColourChange change =
        changeOf(
            management.decide(
                code, Decision.manual(GREEN, "misidentified", REVIEWER, SUPERVISOR, 1)));

    assertThat(change.cause()).isEqualTo(ChangeCause.MANUAL);
    assertThat(change.actor()).isEqualTo(REVIEWER);
    assertThat(change.approvedBy()).contains(SUPERVISOR);
    assertThat(code.colour()).contains(GREEN);
  }

  @Test
  void decide_WhenAnAppealIsUpheld_LowersWithCauseAppeal() {
    HealthCode code = codeWith(ORANGE);

    ColourChange change =
        changeOf(management.decide(code, Decision.appeal(GREEN, "was abroad", REVIEWER, 1)));

    assertThat(change.cause()).isEqualTo(ChangeCause.APPEAL);
    assertThat(code.colour()).contains(GREEN);
    assertThat(code.observationEnd()).isEmpty();
  }

  @Test
  void decide_WhenAReviewRaises_TakesEffect() {
    HealthCode code = codeWith(GREEN);

    management.decide(code, Decision.review(RED, "suspected case", REVIEWER, 1));

    assertThat(code.colour()).contains(RED);
  }

  @Test
  void decide_WhenAReviewConfirmsOrange_ExtendsTheObservation() {
    HealthCode code = codeWith(ORANGE);
    clock.advance(Duration.ofDays(4));

    management.decide(code, Decision.review(ORANGE, "keep observing", REVIEWER, 1));

    assertThat(code.observationEnd()).contains(clock.instant().plus(PERIOD));
  }

  @ParameterizedTest
  @EnumSource(
      value = Colour.class,
      names = {"GREEN", "RED"})
  void decide_WhenTheColourIsTheSame_ChangesNothing(Colour colour) {
    HealthCode code = codeWith(colour);

    assertUnchanged(
        management.decide(code, Decision.review(colour, "confirmed", REVIEWER, 1)),
        NoChange.SAME_COLOUR,
        code,
        1);
  }

  @Test
  void decide_WhenUnassessed_TakesTheDecidedColour() {
    HealthCode code = newCode();

    management.decide(code, Decision.review(ORANGE, "contradictory declaration", REVIEWER, 0));

    assertThat(code.colour()).contains(ORANGE);
  }

  @Test
  void decide_WhenAManualChangeHasNoApprover_RefusesWithDualControlRequired() {
    HealthCode code = codeWith(RED);

    assertRefused(
        () -> management.decide(code, Decision.manual(GREEN, "mistake", REVIEWER, null, 1)),
        StatusErrorCodes.DUAL_CONTROL_REQUIRED);
    assertThat(code.colour()).contains(RED);
  }

  @Test
  void decide_WhenAManualChangeIsApprovedByItsProposer_RefusesWithDualControlRequired() {
    HealthCode code = codeWith(RED);

    assertRefused(
        () ->
            management.decide(
                code, Decision.manual(GREEN, "mistake", REVIEWER, " STAFF:Reviewer ", 1)),
        StatusErrorCodes.DUAL_CONTROL_REQUIRED);
    assertThat(code.version()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(
      value = ChangeCause.class,
      names = {"DECLARATION", "TIMER", "EXPOSURE"})
  void decide_WhenTheCauseIsNotADecision_RefusesWithIllegalTransition(ChangeCause cause) {
    HealthCode code = codeWith(RED);
    Decision decision = new Decision(cause, GREEN, "all clear", REVIEWER, Optional.empty(), 1);

    assertRefused(() -> management.decide(code, decision), StatusErrorCodes.ILLEGAL_TRANSITION);
    assertThat(code.colour()).contains(RED);
  }

  @Test
  void decide_WhenAReviewCarriesAnApprover_RefusesWithIllegalTransition() {
    HealthCode code = codeWith(RED);
    Decision decision =
        new Decision(ChangeCause.REVIEW, GREEN, "ok", REVIEWER, Optional.of(SUPERVISOR), 1);

    assertRefused(() -> management.decide(code, decision), StatusErrorCodes.ILLEGAL_TRANSITION);
  }

  @Test
  void decide_WhenItWouldLowerACodeThatChangedSince_RefusesWithStaleDecision() {
    HealthCode code = codeWith(ORANGE);
    Decision takenOnVersion1 = Decision.manual(GREEN, "mistake", REVIEWER, SUPERVISOR, 1);
    clock.advance(Duration.ofDays(1));
    management.expose(code, "staff:tracer", "new contact");

    assertRefused(() -> management.decide(code, takenOnVersion1), StatusErrorCodes.STALE_DECISION);
    assertThat(code.colour()).contains(ORANGE);
    assertThat(code.version()).isEqualTo(2);
  }

  @Test
  void decide_WhenItRaisesACodeThatChangedSince_TakesEffect() {
    HealthCode code = codeWith(GREEN);
    management.declare(code, ORANGE, CITIZEN, "a symptom");

    management.decide(code, Decision.review(RED, "suspected case", REVIEWER, 1));

    assertThat(code.colour()).contains(RED);
  }

  @Test
  void decide_WhenTheReviewerIsBlank_RefusesWithBadInput() {
    HealthCode code = codeWith(RED);

    assertRefused(
        () -> management.decide(code, Decision.review(GREEN, "recovered", " ", 1)),
        ErrorCodes.BAD_INPUT);
  }

  // --- a whole life ------------------------------------------------------------------------

  @Test
  void history_AfterAWholeCourse_KeepsEveryChangeInOrder() {
    HealthCode code = newCode();
    management.declare(code, GREEN, CITIZEN, "first declaration");
    clock.advance(Duration.ofDays(1));
    management.expose(code, "staff:tracer", "venue contact");
    clock.advance(Duration.ofDays(2));
    management.declare(code, RED, CITIZEN, "positive test");
    clock.advance(Duration.ofDays(15));
    management.decide(code, Decision.review(ORANGE, "recovered, observe", REVIEWER, 3));
    clock.advance(PERIOD);
    management.endObservation(code, code.observationTimer().orElseThrow());

    assertThat(code.history())
        .extracting(ColourChange::cause, ColourChange::to)
        .containsExactly(
            tuple(ChangeCause.DECLARATION, GREEN),
            tuple(ChangeCause.EXPOSURE, ORANGE),
            tuple(ChangeCause.DECLARATION, RED),
            tuple(ChangeCause.REVIEW, ORANGE),
            tuple(ChangeCause.TIMER, GREEN));
    assertThat(code.history())
        .extracting(ColourChange::version)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(code.colour()).contains(GREEN);
  }

  @Test
  void constructor_WhenThePeriodIsNotPositive_Refuses() {
    assertThatThrownBy(() -> new DynamicManagement(clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changes_WhenTheClockHasNanoseconds_AreRecordedInMilliseconds() {
    clock.set(Instant.parse("2026-03-01T08:00:00.123456789Z"));
    HealthCode code = newCode();

    ColourChange change = changeOf(management.declare(code, ORANGE, CITIZEN, "a symptom"));

    assertThat(change.at()).isEqualTo(Instant.parse("2026-03-01T08:00:00.123Z"));
    assertThat(change.observationEnd()).contains(change.at().plus(PERIOD));
  }

  // --- helpers -----------------------------------------------------------------------------

  private static HealthCode newCode() {
    return HealthCode.unassessed(new PersonId(ThreadLocalRandom.current().nextLong(1, 1L << 40)));
  }

  /** A code whose one change (version 1) made it {@code colour} at the clock's time. */
  private HealthCode codeWith(Colour colour) {
    HealthCode code = newCode();
    management.declare(code, colour, CITIZEN, "first declaration");
    return code;
  }

  private static ColourChange changeOf(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Changed.class);
    assertThat(transition.changed()).isTrue();
    return ((Transition.Changed) transition).change();
  }

  private static void assertUnchanged(
      Transition transition, NoChange why, HealthCode code, long version) {
    assertThat(transition).isEqualTo(new Transition.Unchanged(why));
    assertThat(transition.changed()).isFalse();
    assertThat(code.version()).isEqualTo(version);
  }

  private static void assertRefused(Runnable action, String errorCode) {
    assertThatThrownBy(action::run)
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(errorCode);
  }
}
