package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.database.DatabaseFaults;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.OfflineCodes;
import org.healthcode.status.api.OfflineHolder;
import org.healthcode.status.api.SignedDocument;
import org.healthcode.status.api.StatusErrorCodes;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.EntryPointDetails;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.api.VenueErrorCodes;
import org.healthcode.venue.domain.DocumentHash;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GatePolicy;
import org.healthcode.venue.domain.OfflineScanSignatures;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.Venues;
import org.healthcode.venue.domain.VisitorRef;

/**
 * Gates that decide without a network (docs/adr/0032, 0033): what a device downloads while online
 * for its own entry point, its signing key, and the scans it decided offline, uploaded later.
 */
@ApplicationScoped
public class OfflineGates {

  private static final Logger LOG = Logger.getLogger(OfflineGates.class.getName());

  /** At most this many scans per upload. */
  public static final int MAX_BATCH = 500;

  /** Attempts of one scan's write when the database refuses it (a Galera certification). */
  static final int ATTEMPTS = 3;

  private final GatePolicy policy = new GatePolicy();

  @Inject CallerContext callers;
  @Inject ScanFacade scans;
  @Inject Venues venues;
  @Inject OfflineCodes offlineCodes;
  @Inject OfflineScanWrites writes;
  @Inject VenueSettings settings;

  /** Everything a gate needs to decide offline at its own entry point. */
  public Bundle bundle(Optional<String> feedAfter) {
    EntryPointId entryPoint = scans.devicesEntryPoint(callers.requireAnyOf(Role.SCANNER));
    EntryPointPlace place = scans.place(entryPoint);
    EntryPointDetails details =
        venues
            .findEntryPoint(entryPoint.value())
            .orElseThrow(() -> HealthCodeException.notFound("No such entry point"));
    return new Bundle(
        offlineCodes.trustList(),
        offlineCodes.feed(feedAfter),
        details,
        place.category(),
        offlineCodes.freshness());
  }

  /** Registers the device's own ECDSA P-256 key (SubjectPublicKeyInfo DER, base64url). */
  public boolean registerDeviceKey(String publicKeyText) {
    Caller device = callers.requireAnyOf(Role.SCANNER);
    EntryPointId entryPoint = scans.devicesEntryPoint(device);
    byte[] spki;
    try {
      spki = Base64.getUrlDecoder().decode(Objects.requireNonNull(publicKeyText).strip());
    } catch (IllegalArgumentException e) {
      throw HealthCodeException.badInput("publicKey: not base64url");
    }
    if (OfflineScanSignatures.deviceKey(spki).isEmpty()) {
      throw HealthCodeException.badInput("publicKey: not an ECDSA P-256 public key (SPKI DER)");
    }
    writes.registerKey(
        device.idOf(SubjectKind.DEVICE), entryPoint, spki, settings.clock().instant());
    return true;
  }

  /**
   * Records the scans a gate decided offline, each under its original scan id and once; each scan
   * is checked on its own and refused with a stable code if it cannot be recorded.
   */
  public OfflineUpload upload(Instant sentAt, List<OfflineScan> batch) {
    Caller device = callers.requireAnyOf(Role.SCANNER);
    EntryPointId entryPoint = scans.devicesEntryPoint(device);
    Objects.requireNonNull(sentAt, "sentAt");
    if (batch.size() > MAX_BATCH) {
      throw new HealthCodeException(
          VenueErrorCodes.BATCH_TOO_LARGE, "At most " + MAX_BATCH + " scans per upload");
    }
    List<PublicKey> keys =
        writes.keysOf(device.idOf(SubjectKind.DEVICE)).stream()
            .map(OfflineScanSignatures::deviceKey)
            .flatMap(Optional::stream)
            .toList();
    if (keys.isEmpty()) {
      throw new HealthCodeException(
          VenueErrorCodes.DEVICE_KEY_MISSING,
          "This device has registered no key for offline scans (registerOfflineDeviceKey)");
    }
    EntryPointPlace place = scans.place(entryPoint);
    Instant now = settings.clock().instant();
    // the device's clock may be wrong: its sentAt against ours gives how much
    Duration skew = Duration.between(sentAt, now);
    Instant oldest = settings.retention().cutoff(now);
    int accepted = 0;
    int duplicates = 0;
    List<OfflineUpload.Refusal> refused = new ArrayList<>();
    for (OfflineScan scan : batch) {
      try {
        if (record(scan, entryPoint, place, keys, sentAt, skew, oldest)) {
          accepted++;
        } else {
          duplicates++;
        }
      } catch (Refused refusal) {
        refused.add(new OfflineUpload.Refusal(String.valueOf(scan.scanId()), refusal.code));
      }
    }
    writes.audit(entryPoint, accepted, duplicates, refused.size());
    return new OfflineUpload(accepted, duplicates, refused);
  }

  /** Records one scan; true if recorded now, false if it was recorded before. */
  private boolean record(
      OfflineScan scan,
      EntryPointId entryPoint,
      EntryPointPlace place,
      List<PublicKey> keys,
      Instant sentAt,
      Duration skew,
      Instant oldest) {
    ScanId scanId;
    try {
      scanId = ScanId.fromDevice(scan.scanId());
    } catch (HealthCodeException e) {
      throw new Refused("SCAN_ID_INVALID");
    }
    if (scan.codeText() == null
        || scan.scannedAt() == null
        || scan.outcome() == null
        || scan.reason() == null) {
      throw new Refused("SCAN_INCOMPLETE");
    }
    if (!signed(scan, keys)) {
      throw new Refused("SIGNATURE_INVALID");
    }
    if (scan.scannedAt().isAfter(sentAt)) {
      throw new Refused("SCANNED_AFTER_SENT");
    }
    Instant at = scan.scannedAt().plus(skew);
    if (at.isBefore(oldest)) {
      throw new Refused("SCAN_TOO_OLD");
    }
    OfflineHolder holder;
    try {
      holder = offlineCodes.holderOf(scan.codeText(), at, false);
    } catch (HealthCodeException e) {
      throw new Refused(
          StatusErrorCodes.ISSUER_UNTRUSTED.equals(e.code())
                  || StatusErrorCodes.ISSUER_KEY_EXPIRED.equals(e.code())
              ? e.code()
              : "CODE_INVALID");
    }
    GateDecision decision = decisionAsGiven(place.category(), scan, holder);
    RecordedScan recorded =
        new RecordedScan(
            entryPoint, scanId, visitor(holder), at, decision, CheckInMethod.OFFLINE_SCAN);
    for (int attempt = 1; ; attempt++) {
      try {
        OneAnswerPerScan.Answer answer = writes.recordOne(recorded, place);
        return answer.recordedNow();
      } catch (HealthCodeException e) {
        throw new Refused(
            VenueErrorCodes.SCAN_ID_REUSED.equals(e.code()) ? e.code() : "SCAN_NOT_RECORDED");
      } catch (RuntimeException fault) {
        if (!DatabaseFaults.isDatabaseFault(fault) || attempt == ATTEMPTS) {
          LOG.log(Level.WARNING, "an offline scan could not be recorded", fault);
          throw new Refused(VenueErrorCodes.SCAN_NOT_RECORDED);
        }
        // a concurrent upload of the same scan on another node: the next attempt finds it
      }
    }
  }

  private static boolean signed(OfflineScan scan, List<PublicKey> keys) {
    byte[] signature;
    try {
      signature = Base64.getUrlDecoder().decode(String.valueOf(scan.signature()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (String temperature : OfflineScanSignatures.temperatureSpellings(scan.temperature())) {
      String text =
          OfflineScanSignatures.signedText(
              scan.scanId(),
              scan.codeText(),
              scan.scannedAt(),
              temperature,
              scan.outcome(),
              scan.reason());
      if (OfflineScanSignatures.signedByAny(keys, text, signature)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gate's decision as recorded: the colour its reason implies (for a fever or a medical
   * institution, the colour the code carries), judged again by the gate policy, which must give the
   * same outcome and reason (DECISION_INVALID otherwise).
   */
  private GateDecision decisionAsGiven(
      VenueCategory category, OfflineScan scan, OfflineHolder holder) {
    Optional<Colour> colour =
        switch (scan.reason()) {
          case GREEN_NORMAL_TEMPERATURE, GREEN_TEMPERATURE_NOT_MEASURED ->
              Optional.of(Colour.GREEN);
          case ORANGE_HOME_OBSERVATION -> Optional.of(Colour.ORANGE);
          case RED_STRICT_CONTROL -> Optional.of(Colour.RED);
          case NO_CODE -> Optional.empty();
          case FEVER, MEDICAL_INSTITUTION_RECORDED -> holder.colourAtIssue();
        };
    GateDecision decision;
    try {
      decision =
          scan.temperature() == null
              ? policy.decideUnmeasured(category, colour)
              : policy.decide(category, colour, scan.temperature());
    } catch (HealthCodeException e) {
      throw new Refused(VenueErrorCodes.INVALID_TEMPERATURE);
    }
    if (decision.outcome() != scan.outcome() || decision.reason() != scan.reason()) {
      throw new Refused("DECISION_INVALID");
    }
    return decision;
  }

  /**
   * This city's codes name a person; another city's code is recorded by a hash of its issuer and
   * code id (like an unregistered document: tracing counts it, nobody here can be notified).
   */
  static VisitorRef visitor(OfflineHolder holder) {
    if (holder.person().isPresent()) {
      return VisitorRef.person(holder.person().get());
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest(
              ("healthcode/foreign-code/" + holder.issuer() + "/" + holder.codeId())
                  .getBytes(StandardCharsets.US_ASCII));
      return VisitorRef.document(DocumentHash.of(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A scan that cannot be recorded, with its stable code. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    Refused(String code) {
      super(code, null, false, false);
      this.code = code;
    }
  }

  /** The bundle's parts. */
  public record Bundle(
      SignedDocument trustList,
      SignedDocument feed,
      EntryPointDetails entryPoint,
      VenueCategory category,
      Duration freshness) {}
}
