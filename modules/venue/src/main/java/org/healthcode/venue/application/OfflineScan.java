package org.healthcode.venue.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;

/**
 * One scan a gate decided offline, as uploaded (docs/adr/0033).
 *
 * @param temperature null when the gate did not measure
 * @param signature the device's ECDSA P-256 signature (IEEE P1363 r‖s), base64url
 */
public record OfflineScan(
    String scanId,
    String codeText,
    Instant scannedAt,
    BigDecimal temperature,
    GateOutcome outcome,
    GateReason reason,
    String signature) {}
