package org.healthcode.identity.api;

import org.eclipse.microprofile.graphql.Description;

/** Where a person lives: one of Tianjin's 16 districts, or {@link #VISITOR} for everyone else. */
@Description("Where a person lives: one of Tianjin's 16 districts, or VISITOR for everyone else.")
public enum HomeDistrict {
  @Description("Heping district (region code 120101).")
  HEPING,
  @Description("Hedong district (region code 120102).")
  HEDONG,
  @Description("Hexi district (region code 120103).")
  HEXI,
  @Description("Nankai district (region code 120104).")
  NANKAI,
  @Description("Hebei district (region code 120105).")
  HEBEI,
  @Description("Hongqiao district (region code 120106).")
  HONGQIAO,
  @Description("Dongli district (region code 120110).")
  DONGLI,
  @Description("Xiqing district (region code 120111).")
  XIQING,
  @Description("Jinnan district (region code 120112).")
  JINNAN,
  @Description("Beichen district (region code 120113).")
  BEICHEN,
  @Description("Wuqing district (region code 120114).")
  WUQING,
  @Description("Baodi district (region code 120115).")
  BAODI,
  @Description("Binhai New Area (region code 120116).")
  BINHAI,
  @Description("Ninghe district (region code 120117).")
  NINGHE,
  @Description("Jinghai district (region code 120118).")
  JINGHAI,
  @Description("Jizhou district (region code 120119).")
  JIZHOU,
  /** Not a resident of the city. */
  @Description("Not a resident of the city.")
  VISITOR;

  public boolean isResident() {
    return this != VISITOR;
  }
}
