package org.healthcode.declaration.api;

import java.time.Instant;

/**
 * An item of the manual review queue: the declaration, the person's masked name (never the plain
 * one), and the decision once there is one ({@code decision}, {@code reason}, {@code decidedBy},
 * {@code decidedAt} are null while the item is open).
 */
public record ReviewItemDetails(
    long id,
    SubmittedDeclaration declaration,
    String maskedName,
    Instant createdAt,
    ReviewItemStatus status,
    ReviewDecision decision,
    String reason,
    String decidedBy,
    Instant decidedAt) {}
