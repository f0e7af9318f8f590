package org.healthcode.status.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.StatusErrorCodes;

/**
 * The colour rules of DESIGN §4 ("dynamic management"): how declarations, exposures, observation
 * timers and people's decisions change a {@link HealthCode}.
 *
 * <ul>
 *   <li>Facts (DECLARATION, EXPOSURE) only ever raise a code: {@link StrongerRiskWins}. A new
 *       ORANGE on ORANGE restarts the observation from now, never shortening it.
 *   <li>TIMER turns ORANGE into GREEN for the observation it was set for, once it is over: {@link
 *       ObservationEndsByItsOwnTimer}.
 *   <li>Decisions (REVIEW, APPEAL, MANUAL) may set any colour, including lowering RED and ending an
 *       observation early; MANUAL needs a second person ({@link ManualChangeNeedsASecondPerson}),
 *       and none may lower a code that changed since it was taken ({@link
 *       NoLoweringOfAChangedCode}).
 * </ul>
 *
 * Each method changes the code and returns the change, or returns why nothing changed; a decision
 * that must not be applied is refused with a {@link HealthCodeException}. Not thread-safe per code:
 * the caller loads, changes and saves one code in one transaction.
 */
public final class DynamicManagement {

  public static final Duration DEFAULT_OBSERVATION_PERIOD = Duration.ofDays(14);

  /** The actor recorded for changes made by the observation timer. */
  public static final String TIMER_ACTOR = "system:observation-timer";

  private static final Set<ChangeCause> DECISIONS =
      EnumSet.of(ChangeCause.REVIEW, ChangeCause.APPEAL, ChangeCause.MANUAL);

  private final Clock clock;
  private final Duration observationPeriod;

  public DynamicManagement(Clock clock) {
    this(clock, DEFAULT_OBSERVATION_PERIOD);
  }

  /**
   * @param observationPeriod how long ORANGE lasts without anything new; 14 days in production,
   *     seconds in tests and demonstrations
   */
  public DynamicManagement(Clock clock, Duration observationPeriod) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(observationPeriod, "observationPeriod");
    if (observationPeriod.isNegative() || observationPeriod.isZero()) {
      throw new IllegalArgumentException(
          "the observation period must be positive, got " + observationPeriod);
    }
    this.observationPeriod = observationPeriod;
  }

  public Duration observationPeriod() {
    return observationPeriod;
  }

  /** The outcome of the background review of a declaration (cause DECLARATION). */
  public Transition declare(HealthCode code, Colour assessed, String actor, String reason) {
    Objects.requireNonNull(assessed, "assessed");
    return fact(code, ChangeCause.DECLARATION, assessed, actor, reason);
  }

  /** Contact tracing found the person where a confirmed case was (cause EXPOSURE): ORANGE. */
  public Transition expose(HealthCode code, String actor, String reason) {
    return fact(code, ChangeCause.EXPOSURE, Colour.ORANGE, actor, reason);
  }

  /** A stored observation timer fired (cause TIMER). */
  public Transition endObservation(HealthCode code, ObservationTimer timer) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(timer, "timer");
    if (!timer.person().equals(code.person())) {
      throw new IllegalArgumentException(
          "timer of " + timer.person() + " fired on the code of " + code.person());
    }
    Instant now = now();
    Optional<NoChange> refusal = ObservationEndsByItsOwnTimer.check(code, timer, now);
    if (refusal.isPresent()) {
      return new Transition.Unchanged(refusal.get());
    }
    return change(
        code,
        ChangeCause.TIMER,
        TIMER_ACTOR,
        Optional.empty(),
        "the observation period ended with nothing new",
        Colour.GREEN,
        now);
  }

  /** A person's decision (cause REVIEW, APPEAL or MANUAL). */
  public Transition decide(HealthCode code, Decision decision) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(decision, "decision");
    if (!DECISIONS.contains(decision.cause())) {
      throw new HealthCodeException(
          StatusErrorCodes.ILLEGAL_TRANSITION,
          decision.cause() + " is not a decision; it follows its own rules");
    }
    requireActorAndReason(decision.decidedBy(), decision.reason());
    ManualChangeNeedsASecondPerson.check(decision);
    NoLoweringOfAChangedCode.check(code, decision);
    if (code.colour().equals(Optional.of(decision.colour()))
        && decision.colour() != Colour.ORANGE) {
      return new Transition.Unchanged(NoChange.SAME_COLOUR);
    }
    return change(
        code,
        decision.cause(),
        decision.decidedBy(),
        decision.approvedBy(),
        decision.reason(),
        decision.colour(),
        now());
  }

  private Transition fact(
      HealthCode code, ChangeCause cause, Colour incoming, String actor, String reason) {
    Objects.requireNonNull(code, "code");
    requireActorAndReason(actor, reason);
    Optional<NoChange> refusal = StrongerRiskWins.check(code.colour(), incoming);
    if (refusal.isPresent()) {
      return new Transition.Unchanged(refusal.get());
    }
    return change(code, cause, actor, Optional.empty(), reason, incoming, now());
  }

  private Transition change(
      HealthCode code,
      ChangeCause cause,
      String actor,
      Optional<String> approvedBy,
      String reason,
      Colour to,
      Instant now) {
    Optional<Instant> observationEnd =
        to == Colour.ORANGE ? Optional.of(observationEndFrom(code, now)) : Optional.empty();
    ColourChange change =
        new ColourChange(
            code.version() + 1,
            cause,
            actor.strip(),
            approvedBy.map(String::strip),
            reason.strip(),
            code.colour(),
            to,
            observationEnd,
            now);
    code.append(change);
    return new Transition.Changed(change);
  }

  /** A new observation starts now; one already running is extended, never shortened. */
  private Instant observationEndFrom(HealthCode code, Instant now) {
    Instant restarted = now.plus(observationPeriod);
    return code.observationEnd().filter(end -> end.isAfter(restarted)).orElse(restarted);
  }

  /**
   * Milliseconds: what every store and client keeps alike, so a stored timer's observation end
   * equals the code's after a round trip through a database.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static void requireActorAndReason(String actor, String reason) {
    ColourChange.requireText("actor", actor, ColourChange.MAX_ACTOR_LENGTH);
    ColourChange.requireText("reason", reason, ColourChange.MAX_REASON_LENGTH);
  }
}
