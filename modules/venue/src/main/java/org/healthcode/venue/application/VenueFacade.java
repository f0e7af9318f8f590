package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.healthcode.identity.api.DeviceCredentialInfo;
import org.healthcode.identity.api.DeviceCredentials;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.IssuedDeviceCredential;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.venue.api.EntryPointDetails;
import org.healthcode.venue.api.NewVenue;
import org.healthcode.venue.api.VenueDetails;
import org.healthcode.venue.domain.Venues;

/**
 * What a venue operator does (DESIGN §5): register venues, add entry points, and issue and revoke
 * their device credentials. An operator manages only the venues they registered; another operator's
 * venue or entry point is NOT_FOUND, so that its existence is not revealed.
 */
@ApplicationScoped
public class VenueFacade {

  static final String VENUE = "VENUE";
  static final String ENTRY_POINT = "ENTRY_POINT";

  @Inject Venues venues;

  @Inject DeviceCredentials deviceCredentials;

  @Inject CallerContext callerContext;

  @Inject AuditLog auditLog;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public VenueDetails register(NewVenue venue) {
    String operator = operator();
    text("name", venue.name(), 200);
    text("address", venue.address(), 500);
    NewVenue trimmed =
        new NewVenue(
            venue.name().strip(), venue.category(), venue.district(), venue.address().strip());
    VenueDetails registered = venues.add(trimmed, operator, clock.instant());
    auditLog.record(
        "VENUE_REGISTERED",
        VENUE,
        Long.toString(registered.id()),
        registered.category() + " " + registered.district());
    return registered;
  }

  @Transactional
  public EntryPointDetails addEntryPoint(long venueId, String label) {
    String operator = operator();
    text("label", label, 200);
    venues.findOwned(venueId, operator).orElseThrow(() -> noVenue(venueId));
    EntryPointDetails added = venues.addEntryPoint(venueId, label.strip(), clock.instant());
    auditLog.record("ENTRY_POINT_ADDED", ENTRY_POINT, added.id().toString(), "venue " + venueId);
    return added;
  }

  /** The caller's venues by id after the given one, each with its entry points. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VenueDetails> myVenues(Long afterId, int limit) {
    return venues.pageOwned(operator(), afterId, limit);
  }

  /** A new credential for one of the caller's entry points; identity audits the issue. */
  @Transactional
  public IssuedDeviceCredential issueDeviceCredential(long entryPointId) {
    return deviceCredentials.issue(ownedEntryPoint(entryPointId).id());
  }

  /** Revokes a credential of one of the caller's entry points; identity audits the revocation. */
  @Transactional
  public void revokeDeviceCredential(long entryPointId, String credentialId) {
    EntryPointId entryPoint = ownedEntryPoint(entryPointId).id();
    boolean ofThisEntryPoint =
        deviceCredentials.listFor(entryPoint).stream()
            .anyMatch(c -> c.credentialId().equals(credentialId));
    if (!ofThisEntryPoint) {
      throw HealthCodeException.notFound("No such device credential here");
    }
    deviceCredentials.revoke(credentialId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DeviceCredentialInfo> deviceCredentials(long entryPointId) {
    return deviceCredentials.listFor(ownedEntryPoint(entryPointId).id());
  }

  private EntryPointDetails ownedEntryPoint(long entryPointId) {
    return venues
        .findOwnedEntryPoint(entryPointId, operator())
        .orElseThrow(() -> HealthCodeException.notFound("No such entry point"));
  }

  private String operator() {
    Caller caller = callerContext.requireAnyOf(Role.VENUE_OPERATOR);
    return caller.subject();
  }

  private static HealthCodeException noVenue(long venueId) {
    return HealthCodeException.notFound("No such venue");
  }

  private static void text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw HealthCodeException.badInput(field + ": 1 to " + max + " characters");
    }
  }
}
