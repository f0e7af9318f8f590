package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.api.VenueErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatePolicyTest {

  /** Plausible temperatures, the fever edge 37.2 / 37.3 among them, and the plausible limits. */
  private static final List<String> TEMPERATURES =
      List.of("34.0", "36.5", "37.2", "37.29", "37.3", "37.30", "38.5", "43.0");

  /** Written out by hand rather than computed: the policy's threshold is what is under test. */
  private static final Set<String> FEVERISH = Set.of("37.3", "37.30", "38.5", "43.0");

  private final GatePolicy policy = new GatePolicy();

  record Expected(GateOutcome outcome, GateReason reason) {}

  /** The policy as DESIGN §5 and docs/adr/0012 state it, restated independently of GatePolicy. */
  private static Expected expected(VenueCategory category, Colour colour, String temperature) {
    boolean fever = FEVERISH.contains(temperature);
    if (category == VenueCategory.MEDICAL_INSTITUTION) {
      return new Expected(GateOutcome.ADMIT, GateReason.MEDICAL_INSTITUTION_RECORDED);
    }
    if (fever) {
      return new Expected(GateOutcome.REFER, GateReason.FEVER);
    }
    if (colour == null) {
      return new Expected(GateOutcome.REFER, GateReason.NO_CODE);
    }
    return switch (colour) {
      case GREEN -> new Expected(GateOutcome.ADMIT, GateReason.GREEN_NORMAL_TEMPERATURE);
      case ORANGE -> new Expected(GateOutcome.DENY, GateReason.ORANGE_HOME_OBSERVATION);
      case RED -> new Expected(GateOutcome.DENY, GateReason.RED_STRICT_CONTROL);
    };
  }

  static Stream<Arguments> everyCategoryColourAndTemperature() {
    List<Colour> colours = new ArrayList<>();
    colours.add(null);
    colours.addAll(List.of(Colour.values()));
    List<Arguments> cases = new ArrayList<>();
    for (VenueCategory category : VenueCategory.values()) {
      for (Colour colour : colours) {
        for (String temperature : TEMPERATURES) {
          cases.add(Arguments.of(category, colour, temperature));
        }
      }
    }
    return cases.stream();
  }

  @Test
  void matrix_Always_CoversEveryCategoryColourAndTemperature() {
    assertThat(everyCategoryColourAndTemperature())
        .hasSize(VenueCategory.values().length * (Colour.values().length + 1) * 8);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyCategoryColourAndTemperature")
  void decide_ForEveryCategoryColourAndTemperature_MatchesThePolicy(
      VenueCategory category, Colour colour, String temperature) {
    GateDecision decision =
        policy.decide(category, Optional.ofNullable(colour), new BigDecimal(temperature));

    Expected expected = expected(category, colour, temperature);
    assertThat(decision.outcome()).isEqualTo(expected.outcome());
    assertThat(decision.reason()).isEqualTo(expected.reason());
    assertThat(decision.colour()).isEqualTo(Optional.ofNullable(colour));
    assertThat(decision.fever()).isEqualTo(FEVERISH.contains(temperature));
    assertThat(decision.temperature()).isEqualByComparingTo(temperature);
    assertThat(decision.message()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categories")
  void decide_WhenTemperatureIsImplausible_RefusesAsInvalidTemperature(VenueCategory category) {
    for (String temperature : List.of("33.9", "43.1", "0", "-37.5", "100", "1E+999999999")) {
      assertThatThrownBy(
              () -> policy.decide(category, Optional.of(Colour.GREEN), new BigDecimal(temperature)))
          .as(temperature)
          .isInstanceOf(HealthCodeException.class)
          .extracting(e -> ((HealthCodeException) e).code())
          .isEqualTo(VenueErrorCodes.INVALID_TEMPERATURE);
    }
  }

  static Stream<VenueCategory> categories() {
    return Stream.of(VenueCategory.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"36.555", "37.2999", "36.50001"})
  void decide_WhenTemperatureHasMoreThanTwoDecimals_RefusesAsInvalidTemperature(String value) {
    assertThatThrownBy(
            () ->
                policy.decide(
                    VenueCategory.SUPERMARKET, Optional.of(Colour.GREEN), new BigDecimal(value)))
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(VenueErrorCodes.INVALID_TEMPERATURE);
  }

  @Test
  void decide_WhenTemperatureHasTrailingZeros_JudgesTheValueAndKeepsOneDecimal() {
    GateDecision decision =
        policy.decide(VenueCategory.SUBWAY, Optional.of(Colour.GREEN), new BigDecimal("36.500"));

    assertThat(decision.outcome()).isEqualTo(GateOutcome.ADMIT);
    assertThat(decision.temperature()).isEqualTo(new BigDecimal("36.5"));
  }

  @Test
  void decide_WhenTemperatureIsWhole_WritesItWithOneDecimal() {
    GateDecision decision =
        policy.decide(VenueCategory.SUBWAY, Optional.of(Colour.GREEN), new BigDecimal("37"));

    assertThat(decision.temperature()).isEqualTo(new BigDecimal("37.0"));
    assertThat(decision.message()).contains("37.0 °C");
  }

  @Test
  void decide_WhenOrange_TellsTheGuardToSendThePersonHome() {
    GateDecision decision =
        policy.decide(
            VenueCategory.SHOPPING_MALL, Optional.of(Colour.ORANGE), new BigDecimal("36.6"));

    assertThat(decision.message()).contains("orange").contains("home");
  }

  @Test
  void decide_WhenRed_TellsTheGuardToSendThePersonToTheAuthority() {
    GateDecision decision =
        policy.decide(VenueCategory.SHOPPING_MALL, Optional.of(Colour.RED), new BigDecimal("36.6"));

    assertThat(decision.message()).contains("red").contains("health authority");
  }

  @Test
  void decide_WhenRedWithFever_RefersToMedicalCareAndReportsToTheAuthority() {
    GateDecision decision =
        policy.decide(VenueCategory.AIRPORT, Optional.of(Colour.RED), new BigDecimal("38.1"));

    assertThat(decision.outcome()).isEqualTo(GateOutcome.REFER);
    assertThat(decision.reason()).isEqualTo(GateReason.FEVER);
    assertThat(decision.colour()).contains(Colour.RED);
    assertThat(decision.message())
        .contains("38.1 °C")
        .contains("red code")
        .contains("medical care")
        .contains("health authority");
  }

  @Test
  void decide_WhenMedicalInstitutionAndFever_AdmitsAndPointsToTheFeverClinic() {
    GateDecision decision =
        policy.decide(
            VenueCategory.MEDICAL_INSTITUTION, Optional.of(Colour.ORANGE), new BigDecimal("38.0"));

    assertThat(decision.outcome()).isEqualTo(GateOutcome.ADMIT);
    assertThat(decision.fever()).isTrue();
    assertThat(decision.message()).contains("orange code").contains("fever clinic");
  }

  @Test
  void decide_WhenMedicalInstitutionWithoutCode_AdmitsAndRecordsNoColour() {
    GateDecision decision =
        policy.decide(VenueCategory.MEDICAL_INSTITUTION, Optional.empty(), new BigDecimal("36.8"));

    assertThat(decision.outcome()).isEqualTo(GateOutcome.ADMIT);
    assertThat(decision.colour()).isEmpty();
    assertThat(decision.fever()).isFalse();
    assertThat(decision.message()).contains("no code").doesNotContain("fever clinic");
  }
}
