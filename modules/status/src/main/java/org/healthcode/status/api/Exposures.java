package org.healthcode.status.api;

import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Role;

/**
 * Contact tracing's way into the colour rules, for the venue module (DESIGN §5): a person who was
 * where a confirmed case was turns ORANGE (cause EXPOSURE) unless RED, and is notified. Each call
 * commits on its own, so that a long tracing run never holds many codes at once.
 */
public interface Exposures {

  /**
   * Applies an exposure to the person's code, once per {@code source}: a second call for the same
   * source and person changes nothing and returns the first call's outcome (docs/adr/0043), so a
   * tracing run resumed after a crash marks nobody twice.
   *
   * @param reason what the person's history and notification say; never names the case
   * @param source the run that exposes, at most 40 ASCII characters (say {@code case:42})
   */
  @CallableBy(Role.SYSTEM) // the contact-tracing job, as Caller.system("contact-tracing")
  ExposureOutcome expose(PersonId person, String reason, String source);
}
