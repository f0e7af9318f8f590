package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.healthcode.identity.domain.Consent;
import org.healthcode.identity.domain.Countries;
import org.healthcode.identity.domain.DependentLink;
import org.healthcode.identity.domain.DocumentValidator;
import org.healthcode.identity.domain.Person;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.ValidatedDocument;
import org.healthcode.identity.domain.protection.Masking;
import org.healthcode.identity.persistence.AccountRepository;
import org.healthcode.identity.persistence.PersonRepository;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
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
   * Makes a person the account applies for this account's own person: the dependent signed in with
   * their own phone and proves it is them with document and birth date. The old holder's link ends.
   * Any mismatch gets the same NOT_FOUND, so this cannot be used to probe documents.
   */
  @Transactional
  public PersonDetails claimPerson(
      DocumentType type, String number, String issuingCountry, LocalDate dateOfBirth) {
    Account account = lockedAccountOfCaller();
    if (account.selfPersonId().isPresent()) {
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
    DependentLink link = accounts.findCurrentLink(person.id()).orElseThrow(() -> noMatch);
    link.end(clock.instant());
    // the ended link leaves the unique index before the account claims the person
    accounts.flush();
    account.claimAsSelf(person.id());
    auditLog.record("PERSON_CLAIMED", PERSON, person.id().toString(), null);
    return details(person);
  }

  @Transactional
  public ConsentDetails recordConsent(PersonId personId, String version) {
    Account account = accountOfCaller();
    requireHeld(account, personId);
    if (version == null || !version.strip().equals(noticeVersion)) {
      throw HealthCodeException.badInput(
          "noticeVersion: consent is recorded to the current notice, " + noticeVersion);
    }
    Consent consent =
        persons.addConsent(new Consent(personId.value(), noticeVersion, clock.instant()));
    auditLog.record("CONSENT_RECORDED", PERSON, personId.toString(), noticeVersion);
    return consentDetails(consent);
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
    if (reason == null || reason.isBlank()) {
      throw HealthCodeException.badInput("reason: say why this person's data is read");
    }
    if (reason.length() > 500) {
      throw HealthCodeException.badInput("reason: at most 500 characters");
    }
    Person person =
        findPersonByDocument(type, number, issuingCountry)
            .orElseThrow(() -> HealthCodeException.notFound("No person has this document"));
    auditLog.record("PERSON_READ", PERSON, person.id().toString(), reason.strip());
    return details(person);
  }

  @Override // one read in plain JDBC: no transaction, not even its interceptor (docs/adr/0015)
  public Optional<PersonSummary> find(PersonId personId) {
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
    return persons.hasConsent(personId.value(), noticeVersion);
  }

  @Override // one read in plain JDBC: no transaction, not even its interceptor (docs/adr/0015)
  public boolean mayActFor(Caller caller, PersonId personId) {
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
    return persons.add(
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
            clock.instant()));
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
        Long.toString(consent.personId()), consent.noticeVersion(), consent.givenAt());
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
