package org.healthcode.identity.api;

/** Where a person lives: one of Tianjin's 16 districts, or {@link #VISITOR} for everyone else. */
public enum HomeDistrict {
  HEPING,
  HEDONG,
  HEXI,
  NANKAI,
  HEBEI,
  HONGQIAO,
  DONGLI,
  XIQING,
  JINNAN,
  BEICHEN,
  WUQING,
  BAODI,
  BINHAI,
  NINGHE,
  JINGHAI,
  JIZHOU,
  /** Not a resident of the city. */
  VISITOR;

  public boolean isResident() {
    return this != VISITOR;
  }
}
