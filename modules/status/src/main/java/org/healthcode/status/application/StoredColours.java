package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.CurrentColours;
import org.healthcode.status.domain.HealthCodeRepository;

/** The current colours for the code side: the code row, read by its key, never cached. */
@ApplicationScoped
public class StoredColours implements CurrentColours {

  private static final ContractAccess COLOUR_OF =
      ContractAccess.of(CurrentColours.class, "colourOf", PersonId.class);

  @Inject HealthCodeRepository codes;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Colour> colourOf(PersonId personId) {
    COLOUR_OF.check();
    return codes.colourOf(personId);
  }
}
