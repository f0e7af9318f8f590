package org.healthcode.declaration.api;

import java.time.LocalDate;

/**
 * A stay in a region during the last 14 days, first and last day included. The region is a GB/T
 * 2260 division code (six digits) or, outside mainland China, an ISO 3166-1 alpha-3 country code.
 */
public record Stay(String region, LocalDate from, LocalDate to) {}
