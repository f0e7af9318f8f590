package org.healthcode.status.domain;

import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ExposureOutcome;

/**
 * The exposures applied per tracing run and person (docs/adr/0043): what makes a resumed run mark
 * nobody twice.
 */
public interface AppliedExposures {

  /** The outcome already applied for the run and person, read with a lock, if any. */
  Optional<ExposureOutcome> find(String source, PersonId person);

  /** Writes the outcome down in the transaction that applied it. */
  void add(String source, PersonId person, ExposureOutcome outcome);
}
