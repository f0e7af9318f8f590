package org.healthcode.identity.api;

import java.util.Optional;
import org.healthcode.platform.security.Caller;

/** What other modules may ask the identity module. Takes and returns ids and masked data only. */
public interface IdentityFacade {

  /** The person's masked summary, empty if there is no such person. */
  Optional<PersonSummary> find(PersonId personId);

  /**
   * The person's masked name for the scan path, kept per node for up to ten minutes (a name almost
   * never changes; docs/adr/0011, 0038); empty if there is no such person.
   */
  Optional<String> maskedName(PersonId personId);

  /** Whether the person has consented to the current version of the notice (DESIGN §2, §8). */
  boolean hasConsent(PersonId personId);

  /**
   * Whether the caller may act for the person: a citizen for the self and the current dependents of
   * their account, nobody else.
   */
  boolean mayActFor(Caller caller, PersonId personId);

  /**
   * For the venue's manual pass: checks the document by the rules of its type ({@code
   * INVALID_DOCUMENT} otherwise, so a mistyped number is typed again), and returns its keyed hash
   * with the person registered with it, if any. The number must be exactly as printed; {@code
   * issuingCountry} only for a passport. The hash, never the number, is what the venue keeps.
   */
  DocumentMatch matchDocument(DocumentType type, String number, String issuingCountry);
}
