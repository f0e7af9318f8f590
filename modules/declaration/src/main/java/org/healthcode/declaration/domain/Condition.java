package org.healthcode.declaration.domain;

import static org.healthcode.declaration.domain.DeclarationErrorCodes.invalidRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;

/**
 * The test of a review rule: one of a closed set of kinds, each a record of its parameters. The
 * constructors refuse parameters that make no sense ({@code INVALID_RULE}), so a rule that exists
 * can be evaluated.
 */
public sealed interface Condition {

  /** Day counts are limited to what a declaration holds: the last 14 days. */
  int MAX_DAYS = DeclarationSubmission.LOOKBACK_DAYS;

  ConditionKind kind();

  boolean isMetBy(Declaration declaration, ReviewContext context);

  /** The person declares being a case with one of these statuses. */
  record CaseStatusIn(Set<CaseStatus> statuses) implements Condition {
    public CaseStatusIn {
      statuses = nonEmpty("condition.statuses", statuses, CaseStatus.class);
      if (statuses.contains(CaseStatus.NONE)) {
        throw invalidRule("condition.statuses", "NONE would match everyone");
      }
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.CASE_STATUS;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return statuses.contains(declaration.answers().caseStatus());
    }
  }

  /** Contact with a case of one of these kinds on or after the review day minus withinDays. */
  record ContactWithCase(Set<CaseContactKind> kinds, int withinDays) implements Condition {
    public ContactWithCase {
      kinds = nonEmpty("condition.kinds", kinds, CaseContactKind.class);
      if (kinds.contains(CaseContactKind.NONE)) {
        throw invalidRule("condition.kinds", "NONE is no contact");
      }
      requireDays("condition.withinDays", withinDays, MAX_DAYS);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.CONTACT_WITH_CASE;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      CaseContact contact = declaration.answers().caseContact();
      return kinds.contains(contact.kind())
          && !contact.lastContact().isBefore(context.daysAgo(withinDays));
    }
  }

  /** A temperature of at least minTemperature together with a recent stay in such an area. */
  record FeverAndStayIn(BigDecimal minTemperature, Set<RiskLevel> levels, int withinDays)
      implements Condition {
    public FeverAndStayIn {
      requireTemperature("condition.minTemperature", minTemperature);
      levels = nonEmpty("condition.levels", levels, RiskLevel.class);
      requireDays("condition.withinDays", withinDays, MAX_DAYS);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.FEVER_AND_STAY_IN;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return declaration.answers().temperature().compareTo(minTemperature) >= 0
          && context.stayedIn(declaration, levels, withinDays);
    }
  }

  /** A stay in an area of one of these levels in the last withinDays days. */
  record StayIn(Set<RiskLevel> levels, int withinDays) implements Condition {
    public StayIn {
      levels = nonEmpty("condition.levels", levels, RiskLevel.class);
      requireDays("condition.withinDays", withinDays, MAX_DAYS);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.STAY_IN;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return context.stayedIn(declaration, levels, withinDays);
    }
  }

  /** At least one of these symptoms declared. */
  record AnySymptom(Set<Symptom> symptoms) implements Condition {
    public AnySymptom {
      symptoms = nonEmpty("condition.symptoms", symptoms, Symptom.class);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.ANY_SYMPTOM;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return declaration.answers().symptoms().stream().anyMatch(symptoms::contains);
    }
  }

  /**
   * Entering the city from outside it, and the review day is before the arrival day plus days: the
   * arrival is still to come or fewer than that many days past.
   */
  record ArrivingWithin(int days) implements Condition {
    /** An arrival may be announced up to 30 days ahead, plus the days after it. */
    static final int MAX_ARRIVAL_DAYS = 60;

    public ArrivingWithin {
      requireDays("condition.days", days, MAX_ARRIVAL_DAYS);
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.ARRIVING_WITHIN;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      Arrival arrival = declaration.answers().arrival();
      if (arrival == null || RegionCodes.isInCity(arrival.origin())) {
        return false;
      }
      LocalDate settled = arrival.plannedArrival().plusDays(days);
      return context.reviewDate().isBefore(settled);
    }
  }

  /** The person is under medical observation now. */
  record UnderMedicalObservation() implements Condition {
    @Override
    public ConditionKind kind() {
      return ConditionKind.UNDER_MEDICAL_OBSERVATION;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return declaration.answers().underMedicalObservation();
    }
  }

  /**
   * The answers contradict one another in one of these ways; feverFrom is the temperature from
   * which {@link Contradiction#FEVER_NOT_DECLARED} expects fever to be ticked, and absent (null)
   * when that contradiction is not checked.
   */
  record Inconsistent(Set<Contradiction> contradictions, BigDecimal feverFrom)
      implements Condition {
    public Inconsistent {
      contradictions = nonEmpty("condition.contradictions", contradictions, Contradiction.class);
      if (contradictions.contains(Contradiction.FEVER_NOT_DECLARED)) {
        requireTemperature("condition.feverFrom", feverFrom);
      } else if (feverFrom != null) {
        throw invalidRule("condition.feverFrom", "is only used with FEVER_NOT_DECLARED");
      }
    }

    @Override
    public ConditionKind kind() {
      return ConditionKind.INCONSISTENT;
    }

    @Override
    public boolean isMetBy(Declaration declaration, ReviewContext context) {
      return contradictions.stream().anyMatch(c -> c.isFoundIn(declaration, feverFrom));
    }
  }

  private static <E extends Enum<E>> Set<E> nonEmpty(String field, Set<E> values, Class<E> type) {
    if (values == null || values.isEmpty()) {
      throw invalidRule(field, "must name at least one value");
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw invalidRule(field, "must not contain null");
    }
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  private static void requireDays(String field, int days, int max) {
    if (days < 1 || days > max) {
      throw invalidRule(field, "must be between 1 and " + max + ", was " + days);
    }
  }

  private static void requireTemperature(String field, BigDecimal value) {
    if (value == null) {
      throw invalidRule(field, "is required");
    }
    if (value.compareTo(DeclarationSubmission.MIN_TEMPERATURE) < 0
        || value.compareTo(DeclarationSubmission.MAX_TEMPERATURE) > 0) {
      throw invalidRule(
          field,
          "must be between "
              + DeclarationSubmission.MIN_TEMPERATURE
              + " and "
              + DeclarationSubmission.MAX_TEMPERATURE
              + " °C, was "
              + value.toPlainString());
    }
  }
}
