package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {

  @Test
  void isKnown_WhenCurrentCountyProvinceOrPrefecture_IsTrue() {
    assertThat(AdministrativeDivisions.isKnown("120101")).isTrue();
    assertThat(AdministrativeDivisions.isKnown("120000")).isTrue();
    assertThat(AdministrativeDivisions.isKnown("130100")).isTrue();
  }

  @Test
  void isKnown_WhenCodeAbolishedButStillOnOldCards_IsTrue() {
    assertThat(AdministrativeDivisions.isKnown("110103")).as("Chongwen, merged 2010").isTrue();
    assertThat(AdministrativeDivisions.isKnown("320103")).as("Baixia, merged 2013").isTrue();
  }

  @Test
  void isKnown_WhenCodeCreatedIn2021_IsTrue() {
    assertThat(AdministrativeDivisions.isKnown("330113")).as("Linping").isTrue();
  }

  @Test
  void isKnown_WhenUnknownMalformedOrNull_IsFalse() {
    assertThat(AdministrativeDivisions.isKnown("999999")).isFalse();
    assertThat(AdministrativeDivisions.isKnown("12010")).isFalse();
    assertThat(AdministrativeDivisions.isKnown("830000")).as("a permit prefix only").isFalse();
    assertThat(AdministrativeDivisions.isKnown(null)).isFalse();
  }

  @Test
  void name_WhenKnown_IsTheChineseName() {
    assertThat(AdministrativeDivisions.name("120101")).contains("和平区");
    assertThat(AdministrativeDivisions.name("810000")).contains("香港特别行政区");
  }

  @Test
  void name_WhenUnknownOrNull_IsEmpty() {
    assertThat(AdministrativeDivisions.name("000000")).isEmpty();
    assertThat(AdministrativeDivisions.name(null)).isEmpty();
  }
}
