package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.api.DocumentMatch;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.identity.api.PersonSummary;
import org.healthcode.identity.api.Relationship;
import org.healthcode.identity.domain.Account;
import org.healthcode.identity.domain.AccountRepository;
import org.healthcode.identity.domain.Consent;
import org.healthcode.identity.domain.Countries;
import org.healthcode.identity.domain.DependentLink;
import org.healthcode.identity.domain.DocumentValidator;
import org.healthcode.identity.domain.IdentityErrorCodes;
import org.healthcode.identity.domain.Person;
import org.healthcode.identity.domain.PersonRepository;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.ValidatedDocument;
import org.healthcode.identity.domain.protection.Masking;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.cache.BoundedCache;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;

/**
 * Persons, accounts, proxy applications and consent (DESIGN §2): the citizen's use cases, the staff
 * lookup, and the facade other modules use. Every citizen operation acts only on the caller's own
 * account; every change and every staff read is audited.
 */
@ApplicationScoped
public class IdentityService implements IdentityFacade {

  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_PAPER_REFERENCE_LENGTH = 60;
  private static final String PERSON = "PERSON";

  @Inject
  @ConfigProperty(name = "healthcode.identity.consent-notice-version", defaultValue = "2020-02-29")
  String noticeVersion;

  @Inject PersonalDataProtection protection;
  @Inject AccountRepository accounts;
  @Inject PersonRepository persons;
  @Inject CallerContext callerContext;
  @Inject AuditLog auditLog;

  private final Clock clock = Clock.systemUTC();
  private final DocumentValidator validator = new DocumentValidator();

  // the facade's access rules, as IdentityFacade states them (docs/adr/0044)
  private static final ContractAccess FIND =
      ContractAccess.of(IdentityFacade.class, "find", PersonId.class);
  private static final ContractAccess MASKED_NAME =
      ContractAccess.of(IdentityFacade.class, "maskedName", PersonId.class);
  private static final ContractAccess HAS_CONSENT =
      ContractAccess.of(IdentityFacade.class, "hasConsent", PersonId.class);
  private static final ContractAccess MAY_ACT_FOR =
      ContractAccess.of(IdentityFacade.class, "mayActFor", Caller.class, PersonId.class);
  private static final ContractAccess MATCH_DOCUMENT =
      ContractAccess.of(
          IdentityFacade.class, "matchDocument", DocumentType.class, String.class, String.class);

  public String noticeVersion() {
    return noticeVersion;
  }

  @Transactional
  public PersonDetails registerSelf(NewPerson input) {
    Account account = lockedAccountOfCaller();
    if (account.selfPersonId().isPresent()) {
      throw HealthCodeException.badInput("This account's own person is already registered");
    }
    Person person = register(input);
    account.registerSelf(person.id());
    auditLog.record("PERSON_REGISTERED", PERSON, person.id().toString(), null);
    return details(person);
  }

  @Transactional
  public DependentDetails addDependent(NewPerson input, Relationship relationship) {
    if (relationship == null) {
      throw HealthCodeException.badInput("relationship: required");
    }
    Account account = lockedAccountOfCaller();
    // checked before the person is stored, so a refused dependent leaves no trace
    account.requireRoomForDependent();
    Person person = register(input);
    DependentLink link = account.addDependent(person.id(), relationship, clock.instant());
    accounts.flush();
    auditLog.record("DEPENDENT_ADDED", PERSON, person.id().toString(), relationship.name());
    return new DependentDetails(link.relationship(), link.addedAt(), details(person));
  }

  /**
   * Makes a person this account's own person, or (with a relationship) one of its dependents. The
   * person proves it is them with document and birth date. As its own person: a dependent of
   * another account (whose link ends) or a person registered at a service counter whom no account
   * holds. As a dependent: only a person registered at a service counter whom no account holds (ADR
   * 34). Any mismatch gets the same NOT_FOUND, so this cannot be used to probe documents.
   */
  @Transactional
  public PersonDetails claimPerson(
      DocumentType type,
      String number,
      String issuingCountry,
      LocalDate dateOfBirth,
      Relationship relationship) {
    Account account = lockedAccountOfCaller();
    if (relationship == null && account.selfPersonId().isPresent()) {
      throw HealthCodeException.badInput("This account already has its own person");
    }
    HealthCodeException noMatch =
        HealthCodeException.notFound("No dependent matches these details");
    if (type == null || number == null || dateOfBirth == null) {
      throw noMatch;
    }
    PersonalData data = protection.personalData();
    Person person =
        persons
            .findByDocumentHash(data.documentHash(type, number, emptyToNull(issuingCountry)))
            .filter(found -> found.dateOfBirth().equals(dateOfBirth))
            .orElseThrow(() -> noMatch);
    Optional<DependentLink> link = accounts.findCurrentLink(person.id());
    boolean atCounter = link.isEmpty() && persons.heldAtCounter(person.id());
    if (relationship != null) {
      if (!atCounter) {
        throw noMatch;
      }
      account.requireRoomForDependent();
      account.addDependent(person.id(), relationship, clock.instant());
      accounts.flush();
      auditLog.record("PERSON_CLAIMED", PERSON, person.id().toString(), relationship.name());
      return details(person);
    }
    if (link.isPresent()) {
      link.get().end(clock.instant());
      // the ended link leaves the unique index before the account claims the person
      accounts.flush();
    } else if (!atCounter) {
      throw noMatch;
    }
    account.claimAsSelf(person.id());
    auditLog.record("PERSON_CLAIMED", PERSON, person.id().toString(), null);
    return details(person);
  }

  /**
   * Counter staff register a person with no phone and no account, with consent given on paper (its
   * reference, e.g. the form number), in one transaction: the person is then held by the service
   * counters until an account claims them (ADR 34). Both are audited.
   */
  @Transactional
  public CounterRegistration registerAtCounter(
      NewPerson input, String paperReference, String version) {
    Caller caller = callerContext.requireAnyOf(Role.COUNTER);
    String reference = emptyToNull(paperReference);
    if (reference == null) {
      throw new HealthCodeException(
          IdentityErrorCodes.CONSENT_REFERENCE_REQUIRED,
          "consentReference",
          "consentReference: the reference of the signed paper consent form is required");
    }
    if (reference.length() > MAX_PAPER_REFERENCE_LENGTH
        || reference.codePoints().anyMatch(Character::isISOControl)) {
      throw new HealthCodeException(
          IdentityErrorCodes.CONSENT_REFERENCE_REQUIRED,
          "consentReference",
          "consentReference: at most "
              + MAX_PAPER_REFERENCE_LENGTH
              + " characters, no control characters");
    }
    requireCurrentNotice(version);
    Person person = register(input, caller.subject());
    Consent consent =
        persons.addConsent(
            Consent.onPaper(
                person.id(), noticeVersion, clock.instant(), reference, caller.subject()));
    auditLog.record("PERSON_REGISTERED_AT_COUNTER", PERSON, person.id().toString(), null);
    auditLog.record("CONSENT_RECORDED_ON_PAPER", PERSON, person.id().toString(), reference);
    return new CounterRegistration(details(person), consentDetails(consent));
  }

  /**
   * Counter staff find a person registered at a counter whom no account holds yet (to declare
   * again, reprint or revoke a paper code); anyone else is NOT_FOUND. Audited with the reason.
   */
  @Transactional
  public PersonDetails findCounterPerson(
      DocumentType type, String number, String issuingCountry, String reason) {
    callerContext.requireAnyOf(Role.COUNTER);
    String why = requireReadReason(reason);
    Person person =
        findPersonByDocument(type, number, issuingCountry)
            .filter(found -> persons.heldAtCounter(found.id()))
            .orElseThrow(
                () ->
                    HealthCodeException.notFound(
                        "No person held at the counters has this document"));
    auditLog.record("PERSON_READ", PERSON, person.id().toString(), why);
    return details(person);
  }

  @Transactional
  public ConsentDetails recordConsent(PersonId personId, String version) {
    Account account = accountOfCaller();
    requireHeld(account, personId);
    requireCurrentNotice(version);
    Consent consent =
        persons.addConsent(new Consent(personId.value(), noticeVersion, clock.instant()));
    auditLog.record("CONSENT_RECORDED", PERSON, personId.toString(), noticeVersion);
    return consentDetails(consent);
  }

  private void requireCurrentNotice(String version) {
    if (version == null || !version.strip().equals(noticeVersion)) {
      throw HealthCodeException.badInput(
          "noticeVersion: consent is recorded to the current notice, " + noticeVersion);
    }
  }

  @Transactional
  public AccountDetails me() {
    return accountDetails(accountOfCaller());
  }

  /** One of the caller's persons; NOT_FOUND for anyone else's, as if it did not exist. */
  @Transactional
  public PersonDetails person(PersonId personId) {
    Account account = accountOfCaller();
    requireHeld(account, personId);
    return persons.find(personId.value()).map(this::details).orElseThrow(IdentityService::gone);
  }

  @Transactional
  public HeldData myData() {
    Account account = accountOfCaller();
    Set<Long> ids = new LinkedHashSet<>();
    account.selfPersonId().ifPresent(ids::add);
    account.currentDependents().forEach(link -> ids.add(link.personId()));
    List<LinkDetails> links = new ArrayList<>();
    for (DependentLink link : account.allLinks()) {
      links.add(linkDetails(link, true));
    }
    account
        .selfPersonId()
        .ifPresent(
            self ->
                accounts.linksTo(self).stream()
                    .filter(link -> account.allLinks().stream().noneMatch(own -> own == link))
                    .forEach(link -> links.add(linkDetails(link, false))));
    return new HeldData(
        accountDetails(account),
        persons.findAll(ids).stream().map(this::details).toList(),
        persons.consentsOf(ids).stream().map(IdentityService::consentDetails).toList(),
        links);
  }

  /** A reviewer finds a person by document; the read is audited with the reason given. */
  @Transactional
  public PersonDetails findPersonByDocument(
      DocumentType type, String number, String issuingCountry, String reason) {
    callerContext.requireAnyOf(Role.REVIEWER);
    String why = requireReadReason(reason);
    Person person =
        findPersonByDocument(type, number, issuingCountry)
            .orElseThrow(() -> HealthCodeException.notFound("No person has this document"));
    auditLog.record("PERSON_READ", PERSON, person.id().toString(), why);
    return details(person);
  }

  private static String requireReadReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw HealthCodeException.badInput("reason: say why this person's data is read");
    }
    if (reason.length() > 500) {
      throw HealthCodeException.badInput("reason: at most 500 characters");
    }
    return reason.strip();
  }

  /**
   * Masked names for the scan path: each lookup is a read plus a decryption, while a name almost
   * never changes. About 190 bytes an entry: 200,000 (the people scanned in a busy hour at the
   * city's gates) take about 37 MiB (docs/adr/0038).
   */
  static final int MASKED_NAMES_KEPT = 200_000;

  static final Duration MASKED_NAME_KEPT_FOR = Duration.ofMinutes(10);

  private final BoundedCache<PersonId, String> maskedNames =
      BoundedCache.create("masked_names", MASKED_NAMES_KEPT, MASKED_NAME_KEPT_FOR);

  @Override
  public Optional<String> maskedName(PersonId personId) {
    MASKED_NAME.check();
    return maskedNames.get(personId, person -> summary(person).map(PersonSummary::maskedName));
  }

  @Override // one read in plain JDBC: no transaction, not even its interceptor (docs/adr/0015)
  public Optional<PersonSummary> find(PersonId personId) {
    FIND.check();
    return summary(personId);
  }

  private Optional<PersonSummary> summary(PersonId personId) {
    return persons
        .findSummary(personId.value())
        .map(
            person ->
                new PersonSummary(
                    personId,
                    Masking.name(protection.personalData().name(person.nameEncrypted())),
                    person.homeDistrict()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS) // one read: no transaction of its own
  public boolean hasConsent(PersonId personId) {
    HAS_CONSENT.check();
    return persons.hasConsent(personId.value(), noticeVersion);
  }

  @Override // one read in plain JDBC: no transaction, not even its interceptor (docs/adr/0015)
  public boolean mayActFor(Caller caller, PersonId personId) {
    MAY_ACT_FOR.check();
    if (caller.has(Role.COUNTER)) {
      return persons.heldAtCounter(personId.value());
    }
    if (!caller.has(Role.CITIZEN)) {
      return false;
    }
    return accountId(caller)
        .map(account -> accounts.holds(account, personId.value()))
        .orElse(false);
  }

  @Override
  @Transactional
  public DocumentMatch matchDocument(DocumentType type, String number, String issuingCountry) {
    MATCH_DOCUMENT.check();
    if (type == null || number == null) {
      throw HealthCodeException.badInput("documentType and documentNumber: required");
    }
    ValidatedDocument document = validator.validate(type, number, emptyToNull(issuingCountry));
    byte[] hash =
        protection
            .personalData()
            .documentHash(document.type(), document.number(), document.issuingCountry());
    return new DocumentMatch(
        hash, persons.findByDocumentHash(hash).map(person -> new PersonId(person.id())));
  }

  private Optional<Person> findPersonByDocument(
      DocumentType type, String number, String issuingCountry) {
    if (type == null || number == null) {
      throw HealthCodeException.badInput("documentType and number: required");
    }
    return persons.findByDocumentHash(
        protection.personalData().documentHash(type, number, emptyToNull(issuingCountry)));
  }

  private Person register(NewPerson input) {
    return register(input, null);
  }

  /** Validates and stores a new person; {@code counterStaff} when registered at a counter. */
  private Person register(NewPerson input, String counterStaff) {
    if (input == null) {
      throw HealthCodeException.badInput("input: required");
    }
    String name = requireName(input.name());
    if (input.dateOfBirth() == null || input.sex() == null || input.homeDistrict() == null) {
      throw HealthCodeException.badInput("dateOfBirth, sex and homeDistrict: required");
    }
    if (input.dateOfBirth().isAfter(LocalDate.now(clock))) {
      throw HealthCodeException.badInput("dateOfBirth: lies in the future");
    }
    if (!Countries.isAlpha3(input.nationality())) {
      throw HealthCodeException.badInput(
          "nationality: expected an ISO 3166-1 alpha-3 code such as CHN, HKG, MAC or TWN");
    }
    ValidatedDocument document =
        validator.validate(
            input.documentType(), input.documentNumber(), emptyToNull(input.issuingCountry()));
    document.requireAgrees(input.dateOfBirth(), input.sex());
    PersonalData data = protection.personalData();
    byte[] documentHash =
        data.documentHash(document.type(), document.number(), document.issuingCountry());
    if (persons.findByDocumentHash(documentHash).isPresent()) {
      throw PersonRepository.alreadyRegistered();
    }
    Person person =
        new Person(
            document.type(),
            documentHash,
            data.sealDocumentNumber(document.number()),
            document.issuingCountry(),
            data.sealName(name),
            input.dateOfBirth(),
            input.sex(),
            input.nationality(),
            input.homeDistrict(),
            clock.instant());
    if (counterStaff != null) {
      person.registeredAtCounterBy(counterStaff);
    }
    return persons.add(person);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw HealthCodeException.badInput("name: required");
    }
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
      throw HealthCodeException.badInput("name: at most " + MAX_NAME_LENGTH + " characters");
    }
    if (stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw HealthCodeException.badInput("name: contains control characters");
    }
    return stripped;
  }

  private Account accountOfCaller() {
    Caller caller = callerContext.requireAnyOf(Role.CITIZEN);
    return accountId(caller)
        .flatMap(accounts::find)
        .orElseThrow(() -> HealthCodeException.forbidden("The token names no citizen account"));
  }

  private Account lockedAccountOfCaller() {
    Caller caller = callerContext.requireAnyOf(Role.CITIZEN);
    return accountId(caller)
        .flatMap(accounts::findForUpdate)
        .orElseThrow(() -> HealthCodeException.forbidden("The token names no citizen account"));
  }

  private static Optional<Long> accountId(Caller caller) {
    String id = caller.idOf(SubjectKind.CITIZEN);
    try {
      return id.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void requireHeld(Account account, PersonId personId) {
    if (!account.holds(personId.value())) {
      throw gone();
    }
  }

  private static HealthCodeException gone() {
    return HealthCodeException.notFound("No such person among yours");
  }

  private AccountDetails accountDetails(Account account) {
    PersonalData data = protection.personalData();
    List<DependentLink> current = account.currentDependents();
    Map<Long, Person> byId =
        persons
            .findAll(
                Stream.concat(
                        account.selfPersonId().stream(),
                        current.stream().map(DependentLink::personId))
                    .toList())
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    return new AccountDetails(
        Masking.phoneNumber(data.phone(account.phoneEncrypted())),
        account.createdAt(),
        account.selfPersonId().map(byId::get).map(this::details).orElse(null),
        current.stream()
            .map(
                link ->
                    new DependentDetails(
                        link.relationship(), link.addedAt(), details(byId.get(link.personId()))))
            .toList());
  }

  private PersonDetails details(Person person) {
    PersonalData data = protection.personalData();
    return new PersonDetails(
        person.id().toString(),
        Masking.name(data.name(person.nameEncrypted())),
        person.documentType(),
        Masking.documentNumber(data.documentNumber(person.documentNumberEncrypted())),
        person.issuingCountry(),
        person.dateOfBirth(),
        person.sex(),
        person.nationality(),
        person.homeDistrict(),
        person.registeredAt());
  }

  private static ConsentDetails consentDetails(Consent consent) {
    return new ConsentDetails(
        Long.toString(consent.personId()),
        consent.noticeVersion(),
        consent.givenAt(),
        consent.paperReference());
  }

  private static LinkDetails linkDetails(DependentLink link, boolean heldByThisAccount) {
    return new LinkDetails(
        Long.toString(link.personId()),
        link.relationship(),
        link.addedAt(),
        link.endedAt(),
        heldByThisAccount);
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
