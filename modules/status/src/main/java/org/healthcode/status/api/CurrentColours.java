package org.healthcode.status.api;

import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * The colour a person's health code has now. Implemented by the colour side of the status module
 * (status_health_code); the code side reads it on every issue and every scan, so an implementation
 * must answer with one read by primary key and never from a cache: a scan must see a change at
 * once.
 */
public interface CurrentColours {

  /** The current colour; empty while the person has no health code yet (declare first). */
  @CallableBy({Role.CITIZEN, Role.SCANNER, Role.VENUE_OPERATOR})
  Optional<Colour> colourOf(PersonId personId);
}
