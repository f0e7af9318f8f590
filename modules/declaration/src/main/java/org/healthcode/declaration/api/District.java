package org.healthcode.declaration.api;

import org.eclipse.microprofile.graphql.Description;

/**
 * One of Tianjin's 16 districts, as a place where someone is. Distinct from identity's {@code
 * HomeDistrict}, which says where someone lives and has a {@code VISITOR} value that is no place.
 */
@Description("One of Tianjin's 16 districts, as a place where someone is now.")
public enum District {
  @Description("Heping district (region code 120101).")
  HEPING("120101"),
  @Description("Hedong district (region code 120102).")
  HEDONG("120102"),
  @Description("Hexi district (region code 120103).")
  HEXI("120103"),
  @Description("Nankai district (region code 120104).")
  NANKAI("120104"),
  @Description("Hebei district (region code 120105).")
  HEBEI("120105"),
  @Description("Hongqiao district (region code 120106).")
  HONGQIAO("120106"),
  @Description("Dongli district (region code 120110).")
  DONGLI("120110"),
  @Description("Xiqing district (region code 120111).")
  XIQING("120111"),
  @Description("Jinnan district (region code 120112).")
  JINNAN("120112"),
  @Description("Beichen district (region code 120113).")
  BEICHEN("120113"),
  @Description("Wuqing district (region code 120114).")
  WUQING("120114"),
  @Description("Baodi district (region code 120115).")
  BAODI("120115"),
  @Description("Binhai New Area (region code 120116).")
  BINHAI("120116"),
  @Description("Ninghe district (region code 120117).")
  NINGHE("120117"),
  @Description("Jinghai district (region code 120118).")
  JINGHAI("120118"),
  @Description("Jizhou district (region code 120119).")
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
