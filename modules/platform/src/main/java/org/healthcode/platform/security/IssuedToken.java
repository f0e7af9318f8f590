package org.healthcode.platform.security;

import java.time.Instant;

/** A signed bearer token and the moment it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {}
