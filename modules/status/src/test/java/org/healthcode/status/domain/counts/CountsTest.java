package org.healthcode.status.domain.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void countChange_FromOneColourToAnother_MovesOnePersonBetweenBucketsOfTheDistrict() {
    assertThat(CountChange.of(HomeDistrict.HEPING, Colour.GREEN, Colour.RED))
        .containsExactly(
            new CountChange(new Bucket(Colour.GREEN, HomeDistrict.HEPING), -1),
            new CountChange(new Bucket(Colour.RED, HomeDistrict.HEPING), 1));
  }

  @Test
  void countChange_ForAFirstColour_OnlyAdds() {
    assertThat(CountChange.of(HomeDistrict.VISITOR, null, Colour.ORANGE))
        .containsExactly(new CountChange(new Bucket(Colour.ORANGE, HomeDistrict.VISITOR), 1));
    assertThat(new Bucket(Colour.ORANGE, HomeDistrict.VISITOR).residency())
        .isEqualTo(Residency.VISITOR);
    assertThat(new Bucket(Colour.ORANGE, HomeDistrict.BINHAI).residency())
        .isEqualTo(Residency.RESIDENT);
  }

  @Test
  void suppressedCount_BelowFive_IsWithheld() {
    assertThat(SuppressedCount.of(0)).isEqualTo(new SuppressedCount(null, true));
    assertThat(SuppressedCount.of(4)).isEqualTo(new SuppressedCount(null, true));
    assertThat(SuppressedCount.of(5)).isEqualTo(new SuppressedCount(5L, false));
    assertThat(SuppressedCount.of(1_000_000)).isEqualTo(new SuppressedCount(1_000_000L, false));
    assertThatThrownBy(() -> SuppressedCount.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void incrementalCounts_AfterARandomSeriesOfChanges_EqualARecountFromThePersons() {
    Random random = new Random(20261127);
    int persons = 500;
    HomeDistrict[] district = new HomeDistrict[persons];
    Colour[] colour = new Colour[persons];
    for (int p = 0; p < persons; p++) {
      district[p] = HomeDistrict.values()[random.nextInt(HomeDistrict.values().length)];
    }
    CountTable incremental = new CountTable();
    for (int i = 0; i < 20_000; i++) {
      int p = random.nextInt(persons);
      Colour next = Colour.values()[random.nextInt(Colour.values().length)];
      if (next != colour[p]) {
        incremental.apply(CountChange.of(district[p], colour[p], next));
        colour[p] = next;
      }
    }
    List<Map.Entry<HomeDistrict, Colour>> source = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      source.add(new AbstractMap.SimpleEntry<>(district[p], colour[p]));
    }

    CountTable recounted = CountTable.recount(source);

    assertThat(incremental.differencesFrom(recounted)).isEmpty();
    assertThat(incremental.byColour().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(source.stream().filter(e -> e.getValue() != null).count());
  }

  @Test
  void differencesFrom_WhenACountDrifted_NamesTheBucketAndTheDifference() {
    Bucket red = new Bucket(Colour.RED, HomeDistrict.HEXI);
    CountTable stored = CountTable.of(Map.of(red, 7L));
    CountTable recounted = CountTable.of(Map.of(red, 5L));

    assertThat(stored.differencesFrom(recounted)).isEqualTo(Map.of(red, 2L));
  }

  @Test
  void dailySeries_FromNetChanges_GivesEndOfDayCountsForEveryDay() {
    Bucket green = new Bucket(Colour.GREEN, HomeDistrict.NANKAI);
    LocalDate first = LocalDate.of(2026, 3, 1);
    Map<LocalDate, Map<Bucket, Long>> changes = new HashMap<>();
    changes.put(first, Map.of(green, 3L));
    changes.put(first.plusDays(2), Map.of(green, -2L));

    List<DailySeries.Day> days =
        DailySeries.build(first, first.plusDays(3), Map.of(green, 10L), changes);

    assertThat(days)
        .extracting(DailySeries.Day::day)
        .containsExactly(first, first.plusDays(1), first.plusDays(2), first.plusDays(3));
    assertThat(days).extracting(day -> day.counts().get(green)).containsExactly(13L, 13L, 11L, 11L);
    assertThat(days.get(0).counts()).hasSize(Bucket.ALL.size());
  }

  @Test
  void checkRange_BeyondAYearOrReversed_IsRefused() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    DailySeries.checkRange(start, start.plusDays(365));
    assertThatThrownBy(() -> DailySeries.checkRange(start, start.plusDays(366)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DailySeries.checkRange(start, start.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
