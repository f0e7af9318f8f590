package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.ExposureOutcome;
import org.healthcode.status.api.Exposures;
import org.healthcode.status.domain.AppliedExposures;
import org.healthcode.status.domain.DynamicManagement;
import org.healthcode.status.domain.Transition;

/** Exposures as the colour rules apply them: a fact that only raises a code (cause EXPOSURE). */
@ApplicationScoped
public class ContactTracingExposures implements Exposures {

  /** The actor recorded for changes made by contact tracing. */
  public static final String ACTOR = "system:contact-tracing";

  private static final ContractAccess EXPOSE =
      ContractAccess.of(Exposures.class, "expose", PersonId.class, String.class, String.class);

  @Inject Transactions transactions;
  @Inject CodeChanges changes;
  @Inject DynamicManagement rules;
  @Inject AppliedExposures appliedExposures;

  @Override
  public ExposureOutcome expose(PersonId person, String reason, String source) {
    EXPOSE.check();
    return transactions.retrying(
        () -> {
          Optional<ExposureOutcome> applied = appliedExposures.find(source, person);
          if (applied.isPresent()) {
            return applied.get();
          }
          Transition transition = changes.change(person, code -> rules.expose(code, ACTOR, reason));
          ExposureOutcome outcome;
          if (transition instanceof Transition.Changed changed) {
            outcome =
                changed.change().from().filter(from -> from == Colour.ORANGE).isPresent()
                    ? ExposureOutcome.OBSERVATION_RESTARTED
                    : ExposureOutcome.MARKED_ORANGE;
          } else {
            // ORANGE never gives way to anything weaker: only RED leaves an exposure unchanged
            outcome = ExposureOutcome.STAYED_RED;
          }
          appliedExposures.add(source, person, outcome);
          return outcome;
        });
  }
}
