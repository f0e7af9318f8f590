package org.healthcode.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.platform.error.HealthCodeException;

/** Registered persons and their consents. */
public interface PersonRepository {

  /** A person's sealed name and home district, for summaries: one read, no entity loaded. */
  record SealedSummary(byte[] nameEncrypted, HomeDistrict homeDistrict) {}

  /** The refusal of a second registration of the same document. */
  static HealthCodeException alreadyRegistered() {
    return new HealthCodeException(
        IdentityErrorCodes.DOCUMENT_ALREADY_REGISTERED,
        "A person with this document is already registered");
  }

  Optional<Person> find(long id);

  /**
   * The person's sealed summary: asked on every scan that misses the masked-name cache, without
   * loading the person (docs/adr/0014). A person added in the same transaction is seen.
   */
  Optional<SealedSummary> findSummary(long id);

  /**
   * Whether the person was registered at a service counter and no account holds them (neither as
   * its own person nor as a current dependent): the people counter staff act for (ADR 34).
   */
  boolean heldAtCounter(long personId);

  List<Person> findAll(Collection<Long> ids);

  Optional<Person> findByDocumentHash(byte[] documentHash);

  /**
   * Stores a new person now. A concurrent registration of the same document fails here, as {@link
   * #alreadyRegistered}.
   */
  Person add(Person person);

  Consent addConsent(Consent consent);

  boolean hasConsent(long personId, String noticeVersion);

  List<Consent> consentsOf(Collection<Long> personIds);
}
