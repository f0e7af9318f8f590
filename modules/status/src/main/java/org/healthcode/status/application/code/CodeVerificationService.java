package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.healthcode.status.api.CodeCheck;
import org.healthcode.status.api.CodeVerification;
import org.healthcode.status.domain.code.CodeStore;
import org.healthcode.status.domain.code.CodeVerifier;

/** {@link CodeVerification} for the venue module; see {@link CodeVerifier} and docs/adr/0011. */
@ApplicationScoped
public class CodeVerificationService implements CodeVerification {

  @Inject CodeSettings settings;
  @Inject CodeStore codes;
  @Inject MaskedNames maskedNames;

  private volatile CodeVerifier verifier;

  @Override
  public CodeCheck verify(String token) {
    CodeVerifier current = verifier;
    if (current == null) {
      current = new CodeVerifier(settings.tokens(), codes, maskedNames::of, Clock.systemUTC());
      verifier = current;
    }
    return current.verify(token);
  }
}
