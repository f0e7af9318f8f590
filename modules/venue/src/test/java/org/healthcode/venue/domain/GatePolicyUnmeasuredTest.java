package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.VenueCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A citizen's check-in by venue code: nobody has measured a temperature. */
class GatePolicyUnmeasuredTest {

  private final GatePolicy policy = new GatePolicy();

  static Stream<Arguments> everyCategoryAndColour() {
    List<Colour> colours = new ArrayList<>();
    colours.add(null);
    colours.addAll(List.of(Colour.values()));
    List<Arguments> cases = new ArrayList<>();
    for (VenueCategory category : VenueCategory.values()) {
      for (Colour colour : colours) {
        cases.add(Arguments.of(category, colour));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("everyCategoryAndColour")
  void decideUnmeasured_ForEveryCategoryAndColour_DecidesOnTheColourAndRecordsNoTemperature(
      VenueCategory category, Colour colour) {
    GateDecision decision = policy.decideUnmeasured(category, Optional.ofNullable(colour));

    GateReason expected;
    if (category == VenueCategory.MEDICAL_INSTITUTION) {
      expected = GateReason.MEDICAL_INSTITUTION_RECORDED;
    } else if (colour == null) {
      expected = GateReason.NO_CODE;
    } else {
      expected =
          switch (colour) {
            case GREEN -> GateReason.GREEN_TEMPERATURE_NOT_MEASURED;
            case ORANGE -> GateReason.ORANGE_HOME_OBSERVATION;
            case RED -> GateReason.RED_STRICT_CONTROL;
          };
    }
    assertThat(decision.reason()).isEqualTo(expected);
    assertThat(decision.outcome())
        .isEqualTo(
            switch (expected) {
              case MEDICAL_INSTITUTION_RECORDED, GREEN_TEMPERATURE_NOT_MEASURED ->
                  GateOutcome.ADMIT;
              case NO_CODE -> GateOutcome.REFER;
              default -> GateOutcome.DENY;
            });
    assertThat(decision.colour()).isEqualTo(Optional.ofNullable(colour));
    assertThat(decision.temperature()).isNull();
    assertThat(decision.fever()).isFalse();
    assertThat(decision.message()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("everyCategoryAndColour")
  void sameMeasurement_OfAnUnmeasuredDecision_IsOnlyAnotherUnmeasuredOne(
      VenueCategory category, Colour colour) {
    GateDecision decision = policy.decideUnmeasured(category, Optional.ofNullable(colour));

    assertThat(decision.sameMeasurement(null)).isTrue();
    assertThat(decision.sameMeasurement(new java.math.BigDecimal("36.5"))).isFalse();
  }
}
