package org.healthcode.status.api;

import org.healthcode.identity.api.PersonId;

/**
 * Contact tracing's way into the colour rules, for the venue module (DESIGN §5): a person who was
 * where a confirmed case was turns ORANGE (cause EXPOSURE) unless RED, and is notified. Each call
 * commits on its own, so that a long tracing run never holds many codes at once.
 */
public interface Exposures {

  /**
   * Applies an exposure to the person's code.
   *
   * @param reason what the person's history and notification say; never names the case
   */
  ExposureOutcome expose(PersonId person, String reason);
}
