package org.healthcode.declaration.api;

import java.time.Instant;
import java.time.LocalDate;

/** One stored version of a review rule; {@code condition} is its JSON form (ADR 7). */
public record RuleVersion(
    String id,
    int version,
    String description,
    Outcome outcome,
    LocalDate validFrom,
    LocalDate validTo,
    String condition,
    Instant createdAt,
    String createdBy) {}
