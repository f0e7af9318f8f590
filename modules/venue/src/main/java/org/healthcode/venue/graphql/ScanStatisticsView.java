package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.AnalystTally;
import org.healthcode.venue.domain.AreaHour;

@Type("ScanStatistics")
@Description(
    "Scans in one hour at all venues of one category in one district. Aggregate only: fewer than"
        + " 5 scans are withheld, and when an outcome has 1 to 4 the three outcomes are withheld.")
public record ScanStatisticsView(
    @NonNull @Description("The start of the hour.") Instant hourStart,
    @NonNull @Description("The venues' district.") District district,
    @NonNull @Description("The venues' category.") VenueCategory category,
    @Description("Scans and passes; null when withheld.") Integer scans,
    @Description("Admitted; null when withheld.") Integer admits,
    @Description("Denied (orange, red); null when withheld.") Integer denials,
    @Description("Referred (fever, no code); null when withheld.") Integer referrals,
    @NonNull @Description("True when any count here is withheld.") boolean suppressed) {

  static ScanStatisticsView of(AreaHour hour) {
    AnalystTally shown = AnalystTally.of(hour.tally());
    return new ScanStatisticsView(
        Instant.ofEpochSecond(hour.hourEpoch() * 3600),
        hour.district(),
        hour.category(),
        shown.scans(),
        shown.admits(),
        shown.denials(),
        shown.referrals(),
        shown.suppressed());
  }
}
