package org.healthcode.identity.api;

import java.util.Optional;
import org.healthcode.platform.security.Caller;

/** What other modules may ask the identity module. Takes and returns ids and masked data only. */
public interface IdentityFacade {

  /** The person's masked summary, empty if there is no such person. */
  Optional<PersonSummary> find(PersonId personId);

  /** Whether the person has consented to the current version of the notice (DESIGN §2, §8). */
  boolean hasConsent(PersonId personId);

  /**
   * Whether the caller may act for the person: a citizen for the self and the current dependents of
   * their account, nobody else.
   */
  boolean mayActFor(Caller caller, PersonId personId);

  /**
   * The person registered with the document, found by its keyed hash (for the venue's manual pass).
   * The number must be exactly as printed; {@code issuingCountry} only for a passport.
   */
  Optional<PersonId> findByDocument(DocumentType type, String number, String issuingCountry);
}
