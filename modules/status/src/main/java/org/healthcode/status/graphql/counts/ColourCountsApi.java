package org.healthcode.status.graphql.counts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.status.application.counts.ColourCounts;
import org.healthcode.status.domain.counts.Bucket;

/** Aggregate counts for analysts (DESIGN §4): no person-level field is reachable from here. */
@GraphQLApi
@ApplicationScoped
public class ColourCountsApi {

  @Inject ColourCounts counts;

  @Query("colourCounts")
  @RolesAllowed("ANALYST")
  @Description(
      "Persons by colour x home district now, every combination in a fixed order; counts below 5"
          + " are suppressed. ANALYST.")
  public @NonNull List<@NonNull ColourCount> colourCounts() {
    return rows(counts.now());
  }

  @Query("colourCountSeries")
  @RolesAllowed("ANALYST")
  @Description(
      "Persons by colour x home district at the end of each day of the range (both ends"
          + " included, city time, at most 366 days: BAD_INPUT otherwise); counts below 5 are"
          + " suppressed. ANALYST.")
  public @NonNull List<@NonNull ColourCountDay> colourCountSeries(
      @NonNull @Name("from") @Description("The first day.") LocalDate from,
      @NonNull @Name("to") @Description("The last day.") LocalDate to) {
    return counts.series(from, to).stream()
        .map(day -> new ColourCountDay(day.day(), rows(day.counts())))
        .toList();
  }

  private static List<ColourCount> rows(Map<Bucket, Long> counts) {
    return Bucket.ALL.stream()
        .map(bucket -> ColourCount.of(bucket, counts.getOrDefault(bucket, 0L)))
        .toList();
  }
}
