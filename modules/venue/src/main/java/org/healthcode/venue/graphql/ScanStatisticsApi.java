package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.declaration.api.District;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.application.ScanStatistics;
import org.healthcode.venue.domain.AreaHour;

/** Scan statistics per hour (DESIGN §4): aggregate only for analysts, own venues for operators. */
@GraphQLApi
@ApplicationScoped
public class ScanStatisticsApi {

  @Inject ScanStatistics statistics;

  @Query("scanStatistics")
  @RolesAllowed("ANALYST")
  @Description(
      "Scans, admissions, denials and referrals per hour x district x venue category over all"
          + " venues, in that order, for the hours overlapping [from, to) (at most 31 days);"
          + " small counts are withheld. ANALYST.")
  public @NonNull ScanStatisticsConnection scanStatistics(
      @NonNull @Name("from") @Description("The start of the range.") Instant from,
      @NonNull @Name("to") @Description("The end of the range, excluded.") Instant to,
      @Name("district") @Description("Only this district; all if omitted.") District district,
      @Name("category") @Description("Only this category; all if omitted.") VenueCategory category,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        statistics.byArea(from, to, district, category, areaKey(after), size + 1),
        size,
        after,
        hour -> hour.hourEpoch() + ":" + hour.district() + ":" + hour.category(),
        (cursor, hour) -> new ScanStatisticsEdge(cursor, ScanStatisticsView.of(hour)),
        ScanStatisticsConnection::new);
  }

  @Query("venueScanStatistics")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "Scans, admissions, denials and referrals per hour at one of the caller's venues, oldest"
          + " first, for the hours overlapping [from, to) (at most 31 days); hours without scans"
          + " are left out. VENUE_OPERATOR.")
  public @NonNull VenueScanHourConnection venueScanStatistics(
      @NonNull @Id @Name("venueId") @Description("One of the caller's venues.") String venueId,
      @NonNull @Name("from") @Description("The start of the range.") Instant from,
      @NonNull @Name("to") @Description("The end of the range, excluded.") Instant to,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    Long afterHour = Pagination.longPosition(after);
    return Pagination.connection(
        statistics.ofVenue(
            VenueApi.id(venueId, "venue"),
            from,
            to,
            afterHour == null ? Long.MIN_VALUE : afterHour,
            size + 1),
        size,
        after,
        hour -> Long.toString(hour.hourEpoch()),
        (cursor, hour) -> new VenueScanHourEdge(cursor, VenueScanHourView.of(hour)),
        VenueScanHourConnection::new);
  }

  private static AreaHour.Key areaKey(String after) {
    String position = Pagination.position(after);
    if (position == null) {
      return null;
    }
    String[] parts = position.split(":");
    try {
      return new AreaHour.Key(
          Long.parseLong(parts[0]), District.valueOf(parts[1]), VenueCategory.valueOf(parts[2]));
    } catch (RuntimeException e) {
      throw HealthCodeException.badInput("after: not a cursor from this list");
    }
  }
}
