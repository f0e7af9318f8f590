package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.VenueCategory;

/** Test data for scans: fresh ids per call, so that no test depends on another's data. */
final class Scans {

  static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Scans() {}

  static EntryPointId entryPoint() {
    return new EntryPointId(1 + RANDOM.nextInt(Integer.MAX_VALUE));
  }

  static ScanId scanId() {
    return new ScanId(UUID.randomUUID().toString());
  }

  static VisitorRef person() {
    return VisitorRef.person(new PersonId(1 + RANDOM.nextInt(Integer.MAX_VALUE)));
  }

  static VisitorRef document() {
    byte[] hash = new byte[DocumentHash.LENGTH];
    RANDOM.nextBytes(hash);
    return VisitorRef.document(DocumentHash.of(hash));
  }

  static GateDecision decision(Colour colour, String temperature) {
    return new GatePolicy()
        .decide(VenueCategory.SUPERMARKET, Optional.of(colour), new BigDecimal(temperature));
  }

  static RecordedScan scan(
      EntryPointId entryPoint, ScanId scanId, VisitorRef visitor, GateDecision decision) {
    return new RecordedScan(entryPoint, scanId, visitor, AT, decision, CheckInMethod.SCAN);
  }
}
