package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeFailure;
import org.healthcode.status.api.CodeVerification;
import org.healthcode.status.domain.code.CodeStore;
import org.healthcode.status.domain.code.CodeVerifier;
import org.healthcode.status.domain.code.OfflineCode;

/** {@link CodeVerification} for the venue module; see {@link CodeVerifier} and docs/adr/0011. */
@ApplicationScoped
public class CodeVerificationService implements CodeVerification {

  private static final ContractAccess VERIFY =
      ContractAccess.of(CodeVerification.class, "verify", String.class);

  @Inject CodeSettings settings;
  @Inject CodeStore codes;
  @Inject OfflineCodeService offline;
  @Inject OfflineCodeSettings offlineSettings;

  private volatile CodeVerifier verifier;

  @Override
  public CodeCheck verify(String token) {
    VERIFY.check();
    // another city's code: its S against the trust list (docs/adr/0032); ours: T's HMAC alone
    OptionalInt issuer = OfflineCode.issuerOf(token);
    if (issuer.isPresent() && issuer.getAsInt() != offlineSettings.loaded().issuer()) {
      try {
        return CodeCheck.foreign(offline.holderOf(token, Instant.now(), true));
      } catch (HealthCodeException e) {
        return CodeCheck.refused(CodeFailure.valueOf(e.code()));
      }
    }
    CodeVerifier current = verifier;
    if (current == null) {
      current = new CodeVerifier(settings.tokens(), codes, Clock.systemUTC());
      verifier = current;
    }
    return current.verify(token);
  }
}
