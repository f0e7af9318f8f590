package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import org.healthcode.identity.domain.IdentityErrorCodes;
import org.healthcode.identity.domain.device.DeviceCredential;
import org.healthcode.identity.domain.device.DeviceCredentialRepository;
import org.healthcode.identity.domain.device.DeviceSignIn;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.platform.security.TokenIssuer;

/** Exchanges a device credential for a SCANNER token bound to its entry point. */
@ApplicationScoped
public class DeviceSignIns {

  /** The token claim naming the entry point a SCANNER token may scan for. */
  public static final String ENTRY_POINT_CLAIM = "entryPoint";

  @Inject DeviceCredentialRepository repository;

  @Inject TokenIssuer tokenIssuer;

  /** INVALID_CREDENTIALS for an unknown or revoked credential or a wrong secret alike. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DeviceSignIn signIn(String credentialId, String secret) {
    DeviceCredential credential =
        repository
            .find(credentialId)
            .filter(c -> c.accepts(secret))
            .orElseThrow(
                () ->
                    new HealthCodeException(
                        IdentityErrorCodes.INVALID_CREDENTIALS,
                        "Unknown or revoked credential, or wrong secret"));
    return new DeviceSignIn(
        tokenIssuer.issue(
            SubjectKind.DEVICE.subject(credential.id()),
            Set.of(Role.SCANNER),
            Map.of(ENTRY_POINT_CLAIM, credential.entryPointId())),
        credential.entryPointId());
  }
}
