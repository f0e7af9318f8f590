package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.Stay;

@Type("Stay")
@Description("A declared stay, first and last day included.")
public record StayView(
    @NonNull @Description("GB/T 2260 or ISO 3166-1 alpha-3 code.") String region,
    @NonNull @Description("The first day.") LocalDate from,
    @NonNull @Description("The last day.") LocalDate to) {

  static StayView of(Stay stay) {
    return new StayView(stay.region(), stay.from(), stay.to());
  }
}
