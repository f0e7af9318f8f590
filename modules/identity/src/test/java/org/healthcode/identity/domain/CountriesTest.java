package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void resource_WhenLoaded_HoldsAll249AssignedCodesOnce() {
    List<String[]> rows = TsvResource.read("iso3166-1.tsv");

    assertThat(rows).hasSize(249);
    assertThat(rows.stream().map(row -> row[0]).distinct()).hasSize(249);
    assertThat(rows).allSatisfy(row -> assertThat(row[0]).matches("[A-Z]{3}"));
    assertThat(rows).allSatisfy(row -> assertThat(row[1]).matches("[0-9]{3}"));
  }

  @Test
  void isAlpha3_WhenAssignedCode_IsTrue() {
    assertThat(Countries.isAlpha3("CHN")).isTrue();
    assertThat(Countries.isAlpha3("DEU")).isTrue();
    assertThat(Countries.isAlpha3("HKG")).isTrue();
  }

  @Test
  void isAlpha3_WhenUnassignedLowerCaseAlpha2OrNull_IsFalse() {
    assertThat(Countries.isAlpha3("XXX")).isFalse();
    assertThat(Countries.isAlpha3("chn")).isFalse();
    assertThat(Countries.isAlpha3("CN")).isFalse();
    assertThat(Countries.isAlpha3(null)).isFalse();
  }

  @Test
  void isNumeric_WhenAssignedOrNot_Answers() {
    assertThat(Countries.isNumeric("156")).isTrue();
    assertThat(Countries.isNumeric("398")).isTrue();
    assertThat(Countries.isNumeric("999")).isFalse();
    assertThat(Countries.isNumeric(null)).isFalse();
  }
}
