package org.healthcode.venue.api;

import java.time.Instant;
import org.healthcode.identity.api.EntryPointId;

/**
 * An entry point's venue code as its display shows it.
 *
 * @param validUntil when this code stops verifying; null for a static (printed) code
 * @param nextRotation when the display should fetch the next code; null for a static code
 * @param png the QR as PNG, base64; null unless asked for
 * @param svg the QR as SVG; null unless asked for
 */
public record VenueCodeImage(
    EntryPointId entryPoint,
    String code,
    Instant issuedAt,
    Instant validUntil,
    Instant nextRotation,
    String png,
    String svg) {}
