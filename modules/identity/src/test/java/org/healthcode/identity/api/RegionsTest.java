package org.healthcode.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

  @Test
  void parentOf_WhenCounty_IsItsPrefectureThenProvince() {
    assertThat(Regions.parentOf("120101")).contains("120100");
    assertThat(Regions.parentOf("120100")).contains("120000");
    assertThat(Regions.parentOf("420106")).contains("420100");
  }

  @Test
  void parentOf_WhenCountyHasNoPrefectureCode_IsTheProvince() {
    assertThat(Regions.parentOf("139002"))
        .as("Bazhou, once directly under Hebei")
        .contains("130000");
  }

  @Test
  void parentOf_WhenProvinceCountryOrUnknown_IsEmpty() {
    assertThat(Regions.parentOf("120000")).isEmpty();
    assertThat(Regions.parentOf("JPN")).isEmpty();
    assertThat(Regions.parentOf("999999")).isEmpty();
    assertThat(Regions.parentOf(null)).isEmpty();
  }

  @Test
  void isKnownDivision_WhenDivisionOrCountry_TellsThemApart() {
    assertThat(Regions.isKnownDivision("120101")).isTrue();
    assertThat(Regions.isKnownDivision("JPN")).isFalse();
    assertThat(Regions.isCountry("JPN")).isTrue();
    assertThat(Regions.isCountry("120101")).isFalse();
    assertThat(Regions.isCountry("jpn")).isFalse();
  }

  @Test
  void divisionName_WhenKnown_IsTheChineseName() {
    assertThat(Regions.divisionName("120000")).contains("天津市");
    assertThat(Regions.divisionName("JPN")).isEmpty();
  }
}
