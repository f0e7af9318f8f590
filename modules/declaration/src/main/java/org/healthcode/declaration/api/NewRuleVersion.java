package org.healthcode.declaration.api;

import java.time.LocalDate;

/** A supervisor's new version of a rule; the condition as JSON text (ADR 7). */
public record NewRuleVersion(
    String ruleId,
    String description,
    Outcome outcome,
    LocalDate validFrom,
    LocalDate validTo,
    String condition) {}
