package org.healthcode.declaration.api;

import java.time.Instant;
import org.healthcode.identity.api.PersonId;

/** A stored declaration: who, when, what was declared, and the recorded review outcome. */
public record SubmittedDeclaration(
    long id,
    PersonId personId,
    Instant submittedAt,
    DeclarationForm answers,
    ReviewOutcome review) {}
