package org.healthcode.status.domain.code;

import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.Colour;

/**
 * A person's colour now, with their active code id of one kind, read together.
 *
 * @param activeCode empty before the code id's first use (or after a revocation)
 */
public record CurrentCode(Colour colour, Optional<CodeId> activeCode) {

  public CurrentCode {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(activeCode, "activeCode");
  }
}
