package org.healthcode.status.domain.counts;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.status.api.Colour;

/**
 * Counts by bucket, for arithmetic in memory: applying changes, recounting from persons' colours,
 * and comparing the two (the consistency check). Buckets without an entry count zero.
 */
public final class CountTable {

  private final Map<Bucket, Long> counts = new LinkedHashMap<>();

  public static CountTable of(Map<Bucket, Long> counts) {
    CountTable table = new CountTable();
    counts.forEach(table::add);
    return table;
  }

  /** Recounts from the source: each person's district and current colour (null: none yet). */
  public static CountTable recount(Iterable<Map.Entry<HomeDistrict, Colour>> persons) {
    CountTable table = new CountTable();
    for (Map.Entry<HomeDistrict, Colour> person : persons) {
      if (person.getValue() != null) {
        table.add(new Bucket(person.getValue(), person.getKey()), 1);
      }
    }
    return table;
  }

  public void apply(List<CountChange> changes) {
    changes.forEach(change -> add(change.bucket(), change.delta()));
  }

  public void add(Bucket bucket, long delta) {
    counts.merge(Objects.requireNonNull(bucket, "bucket"), delta, Long::sum);
  }

  public long count(Bucket bucket) {
    return counts.getOrDefault(bucket, 0L);
  }

  /** Every bucket where this table and {@code other} differ, by how much ({@code this - other}). */
  public Map<Bucket, Long> differencesFrom(CountTable other) {
    Map<Bucket, Long> differences = new LinkedHashMap<>();
    for (Bucket bucket : Bucket.ALL) {
      long difference = count(bucket) - other.count(bucket);
      if (difference != 0) {
        differences.put(bucket, difference);
      }
    }
    return differences;
  }

  /** Totals by colour, e.g. for a log line. */
  public Map<Colour, Long> byColour() {
    Map<Colour, Long> totals = new EnumMap<>(Colour.class);
    for (Bucket bucket : Bucket.ALL) {
      totals.merge(bucket.colour(), count(bucket), Long::sum);
    }
    return totals;
  }
}
