package org.healthcode.venue.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.identity.api.DeviceCredentials;
import org.healthcode.identity.api.DocumentMatch;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.database.DatabaseFaults;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeVerification;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.CurrentColours;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.ScanAnswer;
import org.healthcode.venue.api.VenueErrorCodes;
import org.healthcode.venue.domain.DocumentHash;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GatePolicy;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.ScanRepository;
import org.healthcode.venue.domain.Venues;
import org.healthcode.venue.domain.VisitorRef;

/**
 * The checks at the gate (DESIGN §5). A device scans a person's health code at its own entry point:
 * the credential behind the token must still be active, the code is verified, the gate policy of
 * the venue's category decides, and the scan is recorded before the answer is given; a retried scan
 * id answers the same. A manual pass (the original way) does the same with a document instead of a
 * code, recorded by the device or by an operator of the venue.
 */
@ApplicationScoped
public class ScanFacade {

  private static final Logger LOG = Logger.getLogger(ScanFacade.class.getName());

  static final String ENTRY_POINT = "ENTRY_POINT";

  private final GatePolicy policy = new GatePolicy();

  @Inject CallerContext callerContext;
  @Inject DeviceCredentials deviceCredentials;
  @Inject CodeVerification codeVerification;
  @Inject CurrentColours currentColours;
  @Inject IdentityFacade identity;
  @Inject Venues venues;
  @Inject EntryPoints entryPoints;
  @Inject ScanRepository scans;
  @Inject CheckIns checkIns;
  @Inject ScanRecorder recorder;
  @Inject AuditLog auditLog;
  @Inject VenueSettings settings;
  @Inject Metrics metrics;

  /** Answered scans by outcome (index: GateOutcome ordinal), refused ones, and their time. */
  private Metrics.Count[] answered;

  private Metrics.Count refused;
  private Metrics.Timing scanTime;

  @PostConstruct
  void registerMetrics() {
    GateOutcome[] outcomes = GateOutcome.values();
    answered = new Metrics.Count[outcomes.length];
    for (GateOutcome outcome : outcomes) {
      answered[outcome.ordinal()] =
          metrics.counter(
              "healthcode_scans", "Gate scans answered, by outcome", "outcome", outcome.name());
    }
    refused =
        metrics.counter(
            "healthcode_scans", "Gate scans answered, by outcome", "outcome", "REFUSED");
    scanTime =
        metrics.timer(
            "healthcode_scan_duration",
            "Time a gate scan took in the server, from the device's token to the durable answer");
  }

  /**
   * No transaction around the scan: its reads are single statements, and its write is the batch
   * {@link ScanRecorder} commits (docs/adr/0015).
   */
  public ScanAnswer scan(String scanIdText, String codeToken, BigDecimal temperature) {
    long start = System.nanoTime();
    try {
      ScanAnswer answer = withinBound(scanIdText, codeToken, temperature);
      answered[answer.outcome().ordinal()].increment();
      return answer;
    } catch (RuntimeException e) {
      refused.increment();
      throw e;
    } finally {
      scanTime.record(System.nanoTime() - start);
    }
  }

  private ScanAnswer withinBound(String scanIdText, String codeToken, BigDecimal temperature) {
    long deadline = ScanRecorder.deadlineFromNow();
    try {
      return decideAndRecord(scanIdText, codeToken, temperature, deadline);
    } catch (HealthCodeException refused) {
      throw refused;
    } catch (RuntimeException fault) {
      if (!DatabaseFaults.isDatabaseFault(fault)) {
        throw fault;
      }
      // a read before the recording failed or timed out: nothing was recorded, the gate retries
      LOG.log(Level.WARNING, "a scan met a database fault before it was recorded", fault);
      throw ScanRecorder.notRecordedAfterFault();
    }
  }

  private ScanAnswer decideAndRecord(
      String scanIdText, String codeToken, BigDecimal temperature, long deadline) {
    EntryPointId entryPoint = devicesEntryPoint(callerContext.requireAnyOf(Role.SCANNER));
    ScanId scanId = ScanId.fromDevice(scanIdText);
    EntryPointPlace place = place(entryPoint);
    CodeCheck check = codeVerification.verify(codeToken);
    if (!check.valid()) {
      // a retry whose code expired since the first attempt gets the first answer
      Optional<GateDecision> earlier =
          new OneAnswerPerScan(scans).earlierAnswer(entryPoint, scanId, temperature);
      if (earlier.isPresent()) {
        return answer(earlier.get(), null);
      }
      throw new HealthCodeException(
          check.failure().errorCode(), "The health code cannot be used: " + check.failure());
    }
    Optional<Colour> colour = Optional.ofNullable(check.currentColour());
    // a gate without a thermometer (a bus, a taxi) scans with no temperature
    GateDecision decision =
        temperature == null
            ? policy.decideUnmeasured(place.category(), colour)
            : policy.decide(place.category(), colour, temperature);
    RecordedScan scan =
        new RecordedScan(
            entryPoint,
            scanId,
            check.foreignCode() == null
                ? VisitorRef.person(check.personId())
                : OfflineGates.visitor(check.foreignCode()),
            settings.clock().instant(),
            decision,
            // another city's code, verified by its offline signature (docs/adr/0032)
            check.foreignCode() == null ? CheckInMethod.SCAN : CheckInMethod.FOREIGN_SCAN);
    // the star of the scan (docs/adr/0039): venue asks status for the colour, identity for the name
    String maskedName =
        check.personId() == null ? null : identity.maskedName(check.personId()).orElse("*");
    return answer(recorder.record(scan, place, deadline), maskedName);
  }

  /**
   * A person without a code passes the original way: the document shown and a temperature. A
   * registered person is found by the document's keyed hash and judged on their current colour;
   * anyone else as having no code, recorded by the hash so that tracing can still find them. A
   * device records at its own entry point; an operator names one of their venue's entry points, and
   * their pass is audited (they see a person's colour and masked name).
   */
  @Transactional
  public ScanAnswer manualPass(
      Long operatorsEntryPoint,
      String scanIdText,
      DocumentType documentType,
      String documentNumber,
      String issuingCountry,
      BigDecimal temperature) {
    Caller caller = callerContext.requireAnyOf(Role.SCANNER, Role.VENUE_OPERATOR);
    EntryPointId entryPoint = entryPointOf(caller, operatorsEntryPoint);
    ScanId scanId = ScanId.fromDevice(scanIdText);
    requireTemperature(temperature);
    EntryPointPlace place = place(entryPoint);
    DocumentMatch document = identity.matchDocument(documentType, documentNumber, issuingCountry);
    Optional<PersonId> person = document.person();
    Optional<Colour> colour = person.flatMap(currentColours::colourOf);
    GateDecision decision = policy.decide(place.category(), colour, temperature);
    VisitorRef visitor =
        person
            .map(VisitorRef::person)
            .orElseGet(() -> VisitorRef.document(DocumentHash.of(document.keyedHash())));
    RecordedScan pass =
        new RecordedScan(
            entryPoint,
            scanId,
            visitor,
            settings.clock().instant(),
            decision,
            CheckInMethod.MANUAL_PASS);
    GateDecision given = checkIns.record(pass, place);
    if (caller.has(Role.VENUE_OPERATOR)) {
      auditLog.record(
          "MANUAL_PASS",
          ENTRY_POINT,
          entryPoint.toString(),
          person.map(p -> "person " + p).orElse("unregistered document") + ": " + given.outcome());
    }
    return answer(given, person.flatMap(identity::maskedName).orElse(null));
  }

  /** A device's own entry point; an operator's must be named and be theirs. */
  private EntryPointId entryPointOf(Caller caller, Long operatorsEntryPoint) {
    if (caller.has(Role.SCANNER)) {
      EntryPointId own = devicesEntryPoint(caller);
      if (operatorsEntryPoint != null && operatorsEntryPoint != own.value()) {
        throw HealthCodeException.forbidden("a device records only at its own entry point");
      }
      return own;
    }
    if (operatorsEntryPoint == null) {
      throw HealthCodeException.badInput("entryPointId: required for an operator");
    }
    return venues
        .findOwnedEntryPoint(operatorsEntryPoint, caller.subject())
        .orElseThrow(() -> HealthCodeException.notFound("No such entry point"))
        .id();
  }

  /** The device's own entry point; DEVICE_REVOKED once its credential is revoked. */
  EntryPointId devicesEntryPoint(Caller device) {
    String credentialId = device.idOf(SubjectKind.DEVICE);
    return deviceCredentials
        .entryPointOf(credentialId)
        .orElseThrow(
            () ->
                new HealthCodeException(
                    VenueErrorCodes.DEVICE_REVOKED,
                    "This device's credential is revoked; ask the operator for a new one"));
  }

  EntryPointPlace place(EntryPointId entryPoint) {
    return entryPoints
        .place(entryPoint)
        .orElseThrow(() -> HealthCodeException.notFound("No such entry point"));
  }

  private static void requireTemperature(BigDecimal temperature) {
    if (temperature == null) {
      throw HealthCodeException.badInput("temperature: required");
    }
  }

  static ScanAnswer answer(GateDecision decision, String maskedName) {
    return new ScanAnswer(
        decision.outcome(),
        decision.reason(),
        decision.colour().orElse(null),
        maskedName,
        decision.temperature(),
        decision.fever(),
        decision.message());
  }
}
