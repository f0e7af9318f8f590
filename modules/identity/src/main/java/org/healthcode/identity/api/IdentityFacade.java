package org.healthcode.identity.api;

import java.util.Optional;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.Role;

/**
 * What other modules may ask the identity module. Takes and returns ids and masked data only. Each
 * operation states who may call it (docs/adr/0044): {@link #find} is also asked by status's colour
 * counts whenever a colour changes, as whoever changes it (a citizen declaring, staff, a job).
 */
public interface IdentityFacade {

  /** The person's masked summary, empty if there is no such person. */
  @CallableBy({Role.CITIZEN, Role.COUNTER, Role.REVIEWER, Role.SUPERVISOR, Role.SYSTEM})
  Optional<PersonSummary> find(PersonId personId);

  /**
   * The person's masked name for the scan path and the manual pass, kept per node for up to ten
   * minutes (a name almost never changes; docs/adr/0011, 0038); empty if there is no such person.
   */
  @CallableBy({Role.SCANNER, Role.VENUE_OPERATOR}) // the gate's scan and manual pass
  Optional<String> maskedName(PersonId personId);

  /** Whether the person has consented to the current version of the notice (DESIGN §2, §8). */
  @CallableBy({Role.CITIZEN, Role.COUNTER})
  boolean hasConsent(PersonId personId);

  /**
   * Whether the caller may act for the person: a citizen for the self and the current dependents of
   * their account, nobody else.
   */
  @CallableBy({Role.CITIZEN, Role.COUNTER})
  boolean mayActFor(Caller caller, PersonId personId);

  /**
   * For the venue's manual pass: checks the document by the rules of its type ({@code
   * INVALID_DOCUMENT} otherwise, so a mistyped number is typed again), and returns its keyed hash
   * with the person registered with it, if any. The number must be exactly as printed; {@code
   * issuingCountry} only for a passport. The hash, never the number, is what the venue keeps.
   */
  @CallableBy({Role.SCANNER, Role.VENUE_OPERATOR})
  DocumentMatch matchDocument(DocumentType type, String number, String issuingCountry);
}
