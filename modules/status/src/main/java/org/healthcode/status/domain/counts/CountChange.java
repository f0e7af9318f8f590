package org.healthcode.status.domain.counts;

import java.util.ArrayList;
import java.util.List;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.status.api.Colour;

/** What one colour change does to the counts: one person leaves a bucket and enters another. */
public record CountChange(Bucket bucket, int delta) {

  /**
   * The changes for a person of the district going from {@code from} (null: no colour before) to
   * {@code to}. A person's district does not change once registered, so both buckets share it.
   */
  public static List<CountChange> of(HomeDistrict district, Colour from, Colour to) {
    List<CountChange> changes = new ArrayList<>(2);
    if (from == to) {
      return changes;
    }
    if (from != null) {
      changes.add(new CountChange(new Bucket(from, district), -1));
    }
    if (to != null) {
      changes.add(new CountChange(new Bucket(to, district), +1));
    }
    return changes;
  }
}
