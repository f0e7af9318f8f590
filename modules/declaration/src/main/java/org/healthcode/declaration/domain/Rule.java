package org.healthcode.declaration.domain;

import static org.healthcode.declaration.domain.DeclarationErrorCodes.invalidRule;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;

/**
 * One version of a review rule, as data: when its condition holds for a declaration, the rule fires
 * with its outcome. A rule id has numbered versions; each version is valid from its first day, and
 * to its last day if it has one (see {@link RuleSet} for how versions replace one another).
 */
public record Rule(
    String id,
    int version,
    String description,
    Outcome outcome,
    LocalDate validFrom,
    LocalDate validTo,
    Condition condition) {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final int MAX_ID_LENGTH = 64;
  private static final int MAX_DESCRIPTION_LENGTH = 500;

  public Rule {
    if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
      throw invalidRule(
          "id",
          "must be upper-case words joined by '-', at most "
              + MAX_ID_LENGTH
              + " characters, e.g. RED-CONFIRMED-CASE; was "
              + id);
    }
    if (version < 1) {
      throw invalidRule("version", "must be 1 or more, was " + version);
    }
    if (description == null || description.isBlank()) {
      throw invalidRule("description", "is required");
    }
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw invalidRule("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    }
    if (outcome == null || outcome == Outcome.GREEN) {
      throw invalidRule("outcome", "must be RED, ORANGE or MANUAL_REVIEW, was " + outcome);
    }
    if (validFrom == null) {
      throw invalidRule("validFrom", "is required");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw invalidRule(
          "validTo", "must not be before validFrom (" + validFrom + "), was " + validTo);
    }
    if (condition == null) {
      throw invalidRule("condition", "is required");
    }
  }

  /** Whether the day lies in this version's validity, first and last day included. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** How this rule is recorded in an outcome when it fires. */
  public FiredRule fired() {
    return new FiredRule(id, version, description, outcome);
  }
}
