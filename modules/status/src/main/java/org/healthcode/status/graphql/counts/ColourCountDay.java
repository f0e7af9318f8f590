package org.healthcode.status.graphql.counts;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ColourCountDay")
@Description("The counts at the end of one day (city time).")
public record ColourCountDay(
    @NonNull @Description("The day.") LocalDate day,
    @NonNull @Description("Every colour x district, in a fixed order.")
        List<@NonNull ColourCount> counts) {}
