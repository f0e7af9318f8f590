package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.identity.api.PersonSummary;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.qr.QrFormat;
import org.healthcode.platform.qr.QrImages;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.CurrentColours;
import org.healthcode.venue.api.CheckInAnswer;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.CheckInRecord;
import org.healthcode.venue.api.EntryPointDetails;
import org.healthcode.venue.api.VenueCodeImage;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GatePolicy;
import org.healthcode.venue.domain.RecordedCheckIns;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.Venues;
import org.healthcode.venue.domain.VisitorRef;
import org.healthcode.venue.domain.code.VenueCodeCheck;
import org.healthcode.venue.domain.code.VenueCodes;
import org.healthcode.venue.domain.code.VerifiedVenueCode;

/**
 * The venue code (DESIGN §5, docs/adr/0012): an operator shows each entry point's signed, rotating
 * QR; a citizen scans it in the app to check in self and accompanying dependents, and the answer
 * shows each person's colour for the guard. Every person checked in is recorded like a scan (method
 * VENUE_CODE, no temperature: the guard measures by hand).
 */
@ApplicationScoped
public class CheckInFacade {

  /** The holder and their at most four dependents. */
  static final int MAX_PERSONS = 5;

  private final GatePolicy policy = new GatePolicy();

  @Inject CallerContext callerContext;
  @Inject IdentityFacade identity;
  @Inject CurrentColours currentColours;
  @Inject Venues venues;
  @Inject EntryPoints entryPoints;
  @Inject CheckIns checkIns;
  @Inject RecordedCheckIns scans;
  @Inject VenueSettings settings;

  /** The current venue code of one of the caller's entry points, with the image asked for. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VenueCodeImage venueCode(long entryPointId, QrFormat format) {
    Caller operator = callerContext.requireAnyOf(Role.VENUE_OPERATOR);
    EntryPointDetails entryPoint =
        venues
            .findOwnedEntryPoint(entryPointId, operator.subject())
            .orElseThrow(() -> HealthCodeException.notFound("No such entry point"));
    VenueCodes codes = settings.venueCodes();
    Instant now = settings.clock().instant();
    String code = codes.issue(entryPoint.id(), now);
    return new VenueCodeImage(
        entryPoint.id(),
        code,
        now,
        codes.validUntil(now).orElse(null),
        codes.nextRotation(now).orElse(null),
        format == QrFormat.PNG ? Base64.getEncoder().encodeToString(QrImages.png(code)) : null,
        format == QrFormat.SVG ? QrImages.svg(code) : null);
  }

  /**
   * Checks the caller's persons in at the entry point of the venue code: each must be the caller's
   * self or a current dependent (NOT_FOUND otherwise, as everywhere). {@code checkInId} is the
   * app's id for this check-in, the same on a retry, which then answers the same.
   */
  @Transactional
  public CheckInAnswer checkIn(String venueCode, String checkInId, List<PersonId> persons) {
    Caller citizen = callerContext.requireAnyOf(Role.CITIZEN);
    Instant now = settings.clock().instant();
    VenueCodeCheck check = settings.venueCodes().verify(venueCode, now);
    if (check instanceof VenueCodeCheck.Rejected rejected) {
      throw new HealthCodeException(
          rejected.failure().errorCode(),
          "This venue code cannot be used: "
              + rejected.failure()
              + "; scan the code at the entry point again");
    }
    EntryPointId entryPoint = ((VerifiedVenueCode) check).entryPoint();
    EntryPointPlace place =
        entryPoints
            .place(entryPoint)
            .orElseThrow(() -> HealthCodeException.notFound("No such entry point"));
    List<CheckInAnswer.PersonCheckIn> answers = new ArrayList<>();
    for (PersonId person : distinct(persons)) {
      if (!identity.mayActFor(citizen, person)) {
        throw HealthCodeException.notFound("No such person on this account");
      }
      Optional<Colour> colour = currentColours.colourOf(person);
      GateDecision decision = policy.decideUnmeasured(place.category(), colour);
      RecordedScan scan =
          new RecordedScan(
              entryPoint,
              ScanId.forCheckIn(checkInId, person),
              VisitorRef.person(person),
              now,
              decision,
              CheckInMethod.VENUE_CODE);
      String maskedName = identity.find(person).map(PersonSummary::maskedName).orElse(null);
      answers.add(
          new CheckInAnswer.PersonCheckIn(
              person.toString(),
              maskedName,
              ScanFacade.answer(checkIns.record(scan, place), maskedName)));
    }
    return new CheckInAnswer(
        entryPoint, place.label(), place.venueName(), place.category(), answers);
  }

  /**
   * The check-ins of one of the caller's persons, newest first, below the given id (the last 28
   * days: older ones are deleted). NOT_FOUND for anyone else's.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CheckInRecord> checkInsOf(PersonId person, long beforeId, int limit) {
    Caller citizen = callerContext.requireAnyOf(Role.CITIZEN);
    if (!identity.mayActFor(citizen, person)) {
      throw HealthCodeException.notFound("No such person on this account");
    }
    return scans.checkInsOf(person, beforeId, limit);
  }

  private static Set<PersonId> distinct(List<PersonId> persons) {
    if (persons == null || persons.isEmpty() || persons.size() > MAX_PERSONS) {
      throw HealthCodeException.badInput(
          "personIds: 1 to " + MAX_PERSONS + " persons, the holder and their dependents");
    }
    Set<PersonId> distinct = new LinkedHashSet<>(persons);
    if (distinct.size() != persons.size()) {
      throw HealthCodeException.badInput("personIds: each person once");
    }
    return distinct;
  }
}
