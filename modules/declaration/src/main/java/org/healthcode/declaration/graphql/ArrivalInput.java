package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.Transport;

@Input("ArrivalInput")
@Description("For people entering the city: where from, when, and how.")
public record ArrivalInput(
    @NonNull @Description("The region of origin, coded like a stay's region.") String origin,
    @NonNull @Description("The day of arrival, past (up to 14 days) or planned (up to 30).")
        LocalDate plannedArrival,
    @NonNull @Description("How the person travels.") Transport transport) {

  Arrival toArrival() {
    return new Arrival(origin, plannedArrival, transport);
  }
}
