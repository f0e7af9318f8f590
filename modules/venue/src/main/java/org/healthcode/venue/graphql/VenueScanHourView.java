package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.domain.VenueHour;

@Type("VenueScanHour")
@Description("Scans in one hour at all entry points of one venue.")
public record VenueScanHourView(
    @NonNull @Description("The start of the hour.") Instant hourStart,
    @NonNull @Description("Scans, manual passes and check-ins.") int scans,
    @NonNull @Description("Admitted.") int admits,
    @NonNull @Description("Denied (orange, red).") int denials,
    @NonNull @Description("Referred (fever, no code).") int referrals) {

  static VenueScanHourView of(VenueHour hour) {
    return new VenueScanHourView(
        Instant.ofEpochSecond(hour.hourEpoch() * 3600),
        Math.toIntExact(hour.tally().scans()),
        Math.toIntExact(hour.tally().admits()),
        Math.toIntExact(hour.tally().denials()),
        Math.toIntExact(hour.tally().referrals()));
  }
}
