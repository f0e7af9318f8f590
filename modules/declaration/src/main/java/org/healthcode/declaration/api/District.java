package org.healthcode.declaration.api;

/**
 * One of Tianjin's 16 districts, as a place where someone is. Distinct from identity's {@code
 * HomeDistrict}, which says where someone lives and has a {@code VISITOR} value that is no place.
 */
public enum District {
  HEPING("120101"),
  HEDONG("120102"),
  HEXI("120103"),
  NANKAI("120104"),
  HEBEI("120105"),
  HONGQIAO("120106"),
  DONGLI("120110"),
  XIQING("120111"),
  JINNAN("120112"),
  BEICHEN("120113"),
  WUQING("120114"),
  BAODI("120115"),
  BINHAI("120116"),
  NINGHE("120117"),
  JINGHAI("120118"),
  JIZHOU("120119");

  private final String regionCode;

  District(String regionCode) {
    this.regionCode = regionCode;
  }

  /** The district's GB/T 2260 code, e.g. 120101 for Heping. */
  public String regionCode() {
    return regionCode;
  }
}
