package org.healthcode.status.domain.counts;

import org.healthcode.identity.api.HomeDistrict;

/** Whether the persons of a bucket live in the city or visit it. */
public enum Residency {
  RESIDENT,
  VISITOR;

  public static Residency of(HomeDistrict district) {
    return district.isResident() ? RESIDENT : VISITOR;
  }
}
