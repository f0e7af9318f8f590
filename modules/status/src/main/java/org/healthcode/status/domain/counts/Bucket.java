package org.healthcode.status.domain.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.status.api.Colour;

/** One cell of the counts: a colour in a district (VISITOR for everyone who does not live here). */
public record Bucket(Colour colour, HomeDistrict district) {

  /** Every bucket, colours first then districts in their order: the fixed shape of an answer. */
  public static final List<Bucket> ALL = all();

  public Bucket {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(district, "district");
  }

  public Residency residency() {
    return Residency.of(district);
  }

  private static List<Bucket> all() {
    List<Bucket> buckets = new ArrayList<>();
    for (Colour colour : Colour.values()) {
      for (HomeDistrict district : HomeDistrict.values()) {
        buckets.add(new Bucket(colour, district));
      }
    }
    return List.copyOf(buckets);
  }
}
