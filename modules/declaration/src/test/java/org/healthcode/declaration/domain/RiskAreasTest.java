package org.healthcode.declaration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Stay;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class RiskAreasTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 3, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2020, 3, 5);

  private final RiskAreas wuchangHigh =
      RiskAreas.of(List.of(new RiskArea("420106", RiskLevel.HIGH, FIRST_DAY, LAST_DAY)));

  @Test
  void highestLevelFor_WhenStayEndsOnTheAreasFirstDay_Matches() {
    assertThat(wuchangHigh.highestLevelFor(new Stay("420106", FIRST_DAY.minusDays(3), FIRST_DAY)))
        .contains(RiskLevel.HIGH);
  }

  @Test
  void highestLevelFor_WhenStayStartsOnTheAreasLastDay_Matches() {
    assertThat(wuchangHigh.highestLevelFor(new Stay("420106", LAST_DAY, LAST_DAY.plusDays(2))))
        .contains(RiskLevel.HIGH);
  }

  @Test
  void highestLevelFor_WhenStayEndsTheDayBeforeTheAreaStarts_DoesNotMatch() {
    assertThat(
            wuchangHigh.highestLevelFor(
                new Stay("420106", FIRST_DAY.minusDays(3), FIRST_DAY.minusDays(1))))
        .isEmpty();
  }

  @Test
  void highestLevelFor_WhenStayStartsTheDayAfterTheAreaEnds_DoesNotMatch() {
    assertThat(
            wuchangHigh.highestLevelFor(
                new Stay("420106", LAST_DAY.plusDays(1), LAST_DAY.plusDays(4))))
        .isEmpty();
  }

  @Test
  void highestLevelFor_WhenAreaHasNoEnd_MatchesAnyLaterStay() {
    var open = RiskAreas.of(List.of(new RiskArea("420106", RiskLevel.MEDIUM, FIRST_DAY, null)));

    assertThat(
            open.highestLevelFor(new Stay("420106", LAST_DAY.plusYears(1), LAST_DAY.plusYears(1))))
        .contains(RiskLevel.MEDIUM);
  }

  @Test
  void highestLevelFor_WhenCityIsARiskArea_CoversItsCounties() {
    var wuhan = RiskAreas.of(List.of(new RiskArea("420100", RiskLevel.HIGH, FIRST_DAY, LAST_DAY)));

    assertThat(wuhan.highestLevelFor(new Stay("420106", FIRST_DAY, LAST_DAY)))
        .contains(RiskLevel.HIGH);
    assertThat(wuhan.highestLevelFor(new Stay("420100", FIRST_DAY, LAST_DAY)))
        .contains(RiskLevel.HIGH);
  }

  @Test
  void highestLevelFor_WhenProvinceIsARiskArea_CoversItsCitiesAndCounties() {
    var hubei =
        RiskAreas.of(List.of(new RiskArea("420000", RiskLevel.MEDIUM, FIRST_DAY, LAST_DAY)));

    assertThat(hubei.highestLevelFor(new Stay("420106", FIRST_DAY, LAST_DAY)))
        .contains(RiskLevel.MEDIUM);
    assertThat(hubei.highestLevelFor(new Stay("420100", FIRST_DAY, LAST_DAY)))
        .contains(RiskLevel.MEDIUM);
  }

  @Test
  void highestLevelFor_WhenCountyIsARiskArea_DoesNotCoverItsCityOrANeighbour() {
    assertThat(wuchangHigh.highestLevelFor(new Stay("420100", FIRST_DAY, LAST_DAY))).isEmpty();
    assertThat(wuchangHigh.highestLevelFor(new Stay("420102", FIRST_DAY, LAST_DAY))).isEmpty();
  }

  @Test
  void highestLevelFor_WhenSeveralAreasCover_IsTheHighestLevel() {
    var areas =
        RiskAreas.of(
            List.of(
                new RiskArea("420000", RiskLevel.LOW, FIRST_DAY, null),
                new RiskArea("420100", RiskLevel.HIGH, FIRST_DAY, LAST_DAY),
                new RiskArea("420106", RiskLevel.MEDIUM, FIRST_DAY, null)));

    assertThat(areas.highestLevelFor(new Stay("420106", LAST_DAY, LAST_DAY)))
        .contains(RiskLevel.HIGH);
    assertThat(
            areas.highestLevelFor(new Stay("420106", LAST_DAY.plusDays(1), LAST_DAY.plusDays(1))))
        .contains(RiskLevel.MEDIUM);
  }

  @Test
  void highestLevelFor_WhenCountryIsARiskArea_MatchesThatCountryOnly() {
    var korea = RiskAreas.of(List.of(new RiskArea("KOR", RiskLevel.HIGH, FIRST_DAY, null)));

    assertThat(korea.highestLevelFor(new Stay("KOR", FIRST_DAY, FIRST_DAY)))
        .contains(RiskLevel.HIGH);
    assertThat(korea.highestLevelFor(new Stay("JPN", FIRST_DAY, FIRST_DAY))).isEmpty();
  }

  @Test
  void riskArea_WhenRegionUnknownOrDatesReversed_IsRefused() {
    assertThatThrownBy(() -> new RiskArea("999999", RiskLevel.HIGH, FIRST_DAY, null))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(DeclarationErrorCodes.INVALID_RISK_AREA))
        .hasMessageStartingWith("region: unknown region code");
    assertThatThrownBy(() -> new RiskArea("420106", RiskLevel.HIGH, LAST_DAY, FIRST_DAY))
        .hasMessage("validTo: must not be before validFrom (2020-03-05), was 2020-03-01");
  }
}
