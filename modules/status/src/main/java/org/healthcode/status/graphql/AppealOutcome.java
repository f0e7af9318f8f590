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

  Optional<Colour> colour() {
    return this == KEEP ? Optional.empty() : Optional.of(Colour.valueOf(name()));
  }
}
