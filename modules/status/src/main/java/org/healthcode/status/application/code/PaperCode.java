package org.healthcode.status.application.code;

import java.time.Instant;

/**
 * A printed code: no colour (a scan looks it up), long-lived, both images.
 *
 * @param png the PNG's bytes, base64
 */
public record PaperCode(
    long personId, String token, Instant issuedAt, Instant expiresAt, String png, String svg) {}
