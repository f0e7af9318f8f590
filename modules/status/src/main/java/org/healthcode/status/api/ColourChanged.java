package org.healthcode.status.api;

import java.time.Instant;
import java.util.Objects;
import org.healthcode.identity.api.PersonId;

/**
 * A person's health code changed colour. The colour side fires it synchronously (CDI {@code
 * Event.fire}) right after each change, inside the transaction that writes the change, so that
 * observers such as the aggregate counts commit or roll back together with it.
 *
 * @param from the colour before, {@code null} for the person's first colour
 * @param to the colour after; differs from {@code from}
 * @param at when the change took effect
 */
public record ColourChanged(PersonId personId, Colour from, Colour to, Instant at) {

  public ColourChanged {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    if (to == from) {
      throw new IllegalArgumentException("a colour change changes the colour: " + to);
    }
  }
}
