package org.healthcode.declaration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.identity.api.PersonId;

/**
 * A submitted declaration: who, when, and what they declared. Immutable; a newer one supersedes it.
 * New declarations come from {@link DeclarationSubmission}, which checks the answers; this
 * constructor only guards structure, so that a stored declaration loads exactly as it was recorded.
 */
public record Declaration(PersonId person, Instant submittedAt, DeclarationForm answers) {

  public Declaration {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(answers, "answers");
  }

  /** The day of submission in the city. */
  public LocalDate submittedOn() {
    return CityTime.dateOf(submittedAt);
  }
}
