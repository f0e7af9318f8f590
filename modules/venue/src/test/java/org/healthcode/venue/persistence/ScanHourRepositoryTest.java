package org.healthcode.venue.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.ScanTally;
import org.junit.jupiter.api.Test;

class ScanHourRepositoryTest {

  @Test
  void perRow_OfABatch_SumsEachVenueHourOnceInKeyOrder() {
    List<ScanHourRepository.Increment> batch =
        List.of(
            increment(7, 100, new ScanTally(1, 1, 0, 0)),
            increment(3, 101, new ScanTally(1, 0, 1, 0)),
            increment(7, 100, new ScanTally(1, 0, 0, 1)),
            increment(3, 100, new ScanTally(1, 1, 0, 0)),
            increment(7, 100, new ScanTally(1, 1, 0, 0)));

    assertThat(ScanHourRepository.perRow(batch))
        .containsExactly(
            increment(3, 100, new ScanTally(1, 1, 0, 0)),
            increment(3, 101, new ScanTally(1, 0, 1, 0)),
            increment(7, 100, new ScanTally(3, 2, 0, 1)));
  }

  @Test
  void upsert_OfThreeRows_BindsNineValuesARowWithTheNodesSlotThird() {
    String sql = ScanHourRepository.upsert(3);

    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(27);
    assertThat(sql).contains("(venue_id, hour_epoch, slot,");
    Object[] values = ScanHourRepository.values(increment(3, 100, new ScanTally(1, 1, 0, 0)), 5);
    assertThat(values).hasSize(9);
    assertThat(values[2]).isEqualTo(5);
  }

  private static ScanHourRepository.Increment increment(long venue, long hour, ScanTally tally) {
    return new ScanHourRepository.Increment(
        venue, hour, District.HEPING, VenueCategory.SHOPPING_MALL, tally);
  }
}
