package org.healthcode.status.code.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.CurrentColours;

/**
 * The current colour through the colour side's {@link CurrentColours}. Until a deployment carries
 * the colour side there is no implementation, and then nobody has a colour yet: the app shows
 * "declare first" and no app code is issued.
 */
@ApplicationScoped
public class Colours {

  @Inject Instance<CurrentColours> colours;

  public Optional<Colour> of(PersonId personId) {
    return colours.isResolvable() ? colours.get().colourOf(personId) : Optional.empty();
  }
}
