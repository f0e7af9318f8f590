package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.i18n.Language;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.api.VenueErrorCodes;

/**
 * The classified control at every entry point (DESIGN §5, docs/adr/0012), in this order:
 *
 * <ol>
 *   <li>a temperature outside 34.0–43.0 °C, or with more than two decimals, is refused ({@code
 *       INVALID_TEMPERATURE}): the person is measured again;
 *   <li>a medical institution admits everyone, any colour or none, and records colour and fever
 *       (fever clinics must see the sick);
 *   <li>a fever (37.3 °C or more) is referred to medical care, whatever the colour: a feverish
 *       ORANGE or RED person is not simply sent away into the street and onto public transport;
 *   <li>no code is referred to the staff point;
 *   <li>GREEN is admitted, ORANGE denied (home observation), RED denied (contact the authority).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class GatePolicy {

  /** From this temperature on a person has a fever. */
  public static final BigDecimal FEVER_FROM = new BigDecimal("37.3");

  /** The lowest temperature taken as a real measurement of a living person. */
  public static final BigDecimal LOWEST_PLAUSIBLE = new BigDecimal("34.0");

  /** The highest temperature taken as a real measurement of a living person. */
  public static final BigDecimal HIGHEST_PLAUSIBLE = new BigDecimal("43.0");

  /** Thermometers show tenths, some hundredths; more is not a measurement but noise. */
  static final int MAX_DECIMALS = 2;

  public GateDecision decide(
      VenueCategory category, Optional<Colour> colour, BigDecimal temperature) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(colour, "colour");
    BigDecimal measured = plausible(temperature);
    boolean fever = measured.compareTo(FEVER_FROM) >= 0;
    if (category.admitsEveryColour()) {
      return decision(
          GateOutcome.ADMIT, GateReason.MEDICAL_INSTITUTION_RECORDED, colour, measured, fever);
    }
    if (fever) {
      // a feverish ORANGE or RED person is also reported to the health authority (GateMessages)
      return decision(GateOutcome.REFER, GateReason.FEVER, colour, measured, true);
    }
    return byColour(colour, measured);
  }

  /**
   * The decision for a citizen who checked in with the venue code, where nobody measured a
   * temperature: as {@link #decide} without steps 1 and 3, and a green code is admitted subject to
   * the guard's measurement ({@code GREEN_TEMPERATURE_NOT_MEASURED}).
   */
  public GateDecision decideUnmeasured(VenueCategory category, Optional<Colour> colour) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(colour, "colour");
    if (category.admitsEveryColour()) {
      return decision(
          GateOutcome.ADMIT, GateReason.MEDICAL_INSTITUTION_RECORDED, colour, null, false);
    }
    if (colour.equals(Optional.of(Colour.GREEN))) {
      return decision(
          GateOutcome.ADMIT, GateReason.GREEN_TEMPERATURE_NOT_MEASURED, colour, null, false);
    }
    return byColour(colour, null);
  }

  /** Steps 4 and 5: no code, or the colour decides. */
  private static GateDecision byColour(Optional<Colour> colour, BigDecimal measured) {
    if (colour.isEmpty()) {
      return decision(GateOutcome.REFER, GateReason.NO_CODE, colour, measured, false);
    }
    return switch (colour.get()) {
      case GREEN ->
          decision(GateOutcome.ADMIT, GateReason.GREEN_NORMAL_TEMPERATURE, colour, measured, false);
      case ORANGE ->
          decision(GateOutcome.DENY, GateReason.ORANGE_HOME_OBSERVATION, colour, measured, false);
      case RED ->
          decision(GateOutcome.DENY, GateReason.RED_STRICT_CONTROL, colour, measured, false);
    };
  }

  /**
   * The temperature as judged: within 34.0–43.0 °C inclusive, at most two decimals, written with at
   * least one ({@code 37} becomes {@code 37.0}).
   */
  static BigDecimal plausible(BigDecimal temperature) {
    Objects.requireNonNull(temperature, "temperature");
    if (temperature.compareTo(LOWEST_PLAUSIBLE) < 0
        || temperature.compareTo(HIGHEST_PLAUSIBLE) > 0) {
      // toString, not toPlainString: 1E+999999999 would be spelt out in a billion digits
      throw new HealthCodeException(
          VenueErrorCodes.INVALID_TEMPERATURE,
          "a temperature of "
              + temperature
              + " °C is not a measurement of a person (34.0 to 43.0 °C); measure again");
    }
    BigDecimal stripped = temperature.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw new HealthCodeException(
          VenueErrorCodes.INVALID_TEMPERATURE,
          "a temperature has at most " + MAX_DECIMALS + " decimals, got " + stripped);
    }
    return stripped.setScale(Math.max(1, stripped.scale()));
  }

  /** A decision with its message as recorded, in English (GateMessages). */
  private static GateDecision decision(
      GateOutcome outcome,
      GateReason reason,
      Optional<Colour> colour,
      BigDecimal temperature,
      boolean fever) {
    return new GateDecision(
        outcome,
        reason,
        colour,
        temperature,
        fever,
        GateMessages.of(Language.EN, reason, colour, temperature, fever));
  }
}
