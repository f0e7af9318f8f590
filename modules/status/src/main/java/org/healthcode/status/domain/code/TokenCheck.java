package org.healthcode.status.domain.code;

import java.util.Objects;

/**
 * The answer of {@link CodeTokens#verify}: a {@link VerifiedToken} or a {@link Rejected} token.
 * Verification never throws on its input, whatever it is.
 */
public sealed interface TokenCheck permits VerifiedToken, TokenCheck.Rejected {

  /** The token was refused, for this reason only: nothing about it is trusted. */
  record Rejected(TokenFailure failure) implements TokenCheck {
    public Rejected {
      Objects.requireNonNull(failure, "failure");
    }
  }
}
