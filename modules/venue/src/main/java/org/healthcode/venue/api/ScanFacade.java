package org.healthcode.venue.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.healthcode.identity.api.DeviceCredentials;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeVerification;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GatePolicy;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.VisitorRef;
import org.healthcode.venue.persistence.JpaScanRepository;
import org.healthcode.venue.persistence.VenueRepository;

/**
 * A device scans a person's health code at its own entry point (DESIGN §5): the credential behind
 * the token must still be active, the code is verified, the gate policy of the venue's category
 * decides, and the scan is recorded before the answer is given; a retried scan id answers the same.
 */
@ApplicationScoped
public class ScanFacade {

  private final GatePolicy policy = new GatePolicy();

  private final Clock clock = Clock.systemUTC();

  @Inject CallerContext callerContext;

  @Inject DeviceCredentials deviceCredentials;

  @Inject CodeVerification codeVerification;

  @Inject VenueRepository venues;

  @Inject JpaScanRepository scans;

  @Transactional
  public ScanAnswer scan(String scanIdText, String codeToken, BigDecimal temperature) {
    String credentialId = callerContext.requireAnyOf(Role.SCANNER).idOf(SubjectKind.DEVICE);
    EntryPointId entryPoint =
        deviceCredentials
            .entryPointOf(credentialId)
            .map(ScanFacade::entryPointId)
            .orElseThrow(
                () ->
                    new HealthCodeException(
                        VenueErrorCodes.DEVICE_REVOKED,
                        "This device's credential is revoked; ask the operator for a new one"));
    ScanId scanId = new ScanId(scanIdText);
    if (temperature == null) {
      throw HealthCodeException.badInput("temperature: required");
    }
    VenueCategory category =
        venues
            .categoryOfEntryPoint(entryPoint.value())
            .orElseThrow(() -> HealthCodeException.notFound("No entry point " + entryPoint));
    OneAnswerPerScan oneAnswer = new OneAnswerPerScan(scans);
    CodeCheck check = codeVerification.verify(codeToken);
    if (!check.valid()) {
      // a retry whose code expired since the first attempt gets the first answer
      Optional<GateDecision> earlier = oneAnswer.earlierAnswer(entryPoint, scanId, temperature);
      if (earlier.isPresent()) {
        return answer(earlier.get(), null);
      }
      throw new HealthCodeException(
          check.failure().errorCode(), "The health code cannot be used: " + check.failure());
    }
    GateDecision decision =
        policy.decide(category, Optional.ofNullable(check.currentColour()), temperature);
    GateDecision given =
        oneAnswer.record(
            new RecordedScan(
                entryPoint,
                scanId,
                VisitorRef.person(check.personId()),
                clock.instant(),
                decision));
    return answer(given, check.maskedName());
  }

  private static EntryPointId entryPointId(String text) {
    try {
      return new EntryPointId(Long.parseLong(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a device credential for a non-venue entry point: " + text);
    }
  }

  private static ScanAnswer answer(GateDecision decision, String maskedName) {
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
