package org.healthcode.status.code.application;

import java.time.Instant;
import org.healthcode.status.api.Colour;

/**
 * The code the app shows. Everything but {@code personId} is null while the person has no colour
 * yet; the images only when asked for.
 *
 * @param qrText what the QR image carries, {@code T.S} (docs/adr/0032)
 * @param png the PNG's bytes, base64
 */
public record AppCode(
    long personId,
    String token,
    String qrText,
    Colour colour,
    Instant issuedAt,
    Instant expiresAt,
    String png,
    String svg) {}
