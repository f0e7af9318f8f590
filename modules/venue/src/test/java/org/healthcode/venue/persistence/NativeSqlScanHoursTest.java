package org.healthcode.venue.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.ScanHours;
import org.healthcode.venue.domain.ScanTally;
import org.junit.jupiter.api.Test;

class NativeSqlScanHoursTest {

  @Test
  void perRow_OfABatch_SumsEachVenueHourOnceInKeyOrder() {
    List<ScanHours.Increment> batch =
        List.of(
            increment(7, 100, new ScanTally(1, 1, 0, 0)),
            increment(3, 101, new ScanTally(1, 0, 1, 0)),
            increment(7, 100, new ScanTally(1, 0, 0, 1)),
            increment(3, 100, new ScanTally(1, 1, 0, 0)),
            increment(7, 100, new ScanTally(1, 1, 0, 0)));

    assertThat(NativeSqlScanHours.perRow(batch))
        .containsExactly(
            increment(3, 100, new ScanTally(1, 1, 0, 0)),
            increment(3, 101, new ScanTally(1, 0, 1, 0)),
            increment(7, 100, new ScanTally(3, 2, 0, 1)));
  }

  @Test
  void upsert_OfThreeRows_BindsNineValuesARowWithTheNodesSlotThird() {
    String sql = NativeSqlScanHours.upsert(3);

    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(27);
    assertThat(sql).contains("(venue_id, hour_epoch, slot,");
    Object[] values = NativeSqlScanHours.values(increment(3, 100, new ScanTally(1, 1, 0, 0)), 5);
    assertThat(values).hasSize(9);
    assertThat(values[2]).isEqualTo(5);
  }

  private static ScanHours.Increment increment(long venue, long hour, ScanTally tally) {
    return new ScanHours.Increment(
        venue, hour, District.HEPING, VenueCategory.SHOPPING_MALL, tally);
  }
}
