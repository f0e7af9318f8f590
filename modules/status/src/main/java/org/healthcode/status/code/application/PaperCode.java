package org.healthcode.status.code.application;

import java.time.Instant;

/**
 * A printed code: no colour (a scan looks it up), long-lived, both images.
 *
 * @param qrText what the QR image carries, {@code T.S} (docs/adr/0032)
 * @param png the PNG's bytes, base64
 */
public record PaperCode(
    long personId,
    String token,
    String qrText,
    Instant issuedAt,
    Instant expiresAt,
    String png,
    String svg) {}
