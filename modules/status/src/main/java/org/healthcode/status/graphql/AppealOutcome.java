package org.healthcode.status.graphql;

import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.healthcode.status.api.Colour;

@Enum("AppealOutcome")
@Description("A reviewer's answer to an appeal: a colour to set, or KEEP the current one.")
public enum AppealOutcome {
  GREEN,
  ORANGE,
  RED,
  KEEP;

  /** The colour to set; empty for KEEP. Exhaustive: a new outcome does not compile unmapped. */
  Optional<Colour> colour() {
    return switch (this) {
      case GREEN -> Optional.of(Colour.GREEN);
      case ORANGE -> Optional.of(Colour.ORANGE);
      case RED -> Optional.of(Colour.RED);
      case KEEP -> Optional.empty();
    };
  }
}
