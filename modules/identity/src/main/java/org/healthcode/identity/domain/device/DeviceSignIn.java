package org.healthcode.identity.domain.device;

import org.healthcode.platform.security.IssuedToken;

/** A successful device sign-in: a SCANNER token for one entry point. */
public record DeviceSignIn(IssuedToken token, String entryPointId) {}
