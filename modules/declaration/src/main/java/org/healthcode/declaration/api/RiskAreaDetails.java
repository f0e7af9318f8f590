package org.healthcode.declaration.api;

import java.time.Instant;
import java.time.LocalDate;

/** A risk area as stored: region, level, validity (validTo null while open-ended), who set it. */
public record RiskAreaDetails(
    long id,
    String region,
    RiskLevel level,
    LocalDate validFrom,
    LocalDate validTo,
    Instant createdAt,
    String createdBy) {}
