package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.Stay;

@Input("StayInput")
@Description("A stay in a region during the last 14 days, first and last day included.")
public record StayInput(
    @NonNull
        @Description(
            "GB/T 2260 division code (six digits), or ISO 3166-1 alpha-3 outside mainland China.")
        String region,
    @NonNull @Description("The first day there.") LocalDate from,
    @NonNull @Description("The last day there; not before from, not in the future.") LocalDate to) {

  Stay toStay() {
    return new Stay(region, from, to);
  }
}
