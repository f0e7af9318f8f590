package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;

/**
 * The answer of the {@link GatePolicy} for one person at one entry point: what the guard does and
 * why, and what is recorded with the check-in.
 *
 * @param colour the colour the decision was taken on; empty when the person had no code
 * @param temperature the measured temperature in °C, at least one decimal, as judged; {@code null}
 *     when nobody measured it (a citizen's check-in by venue code: the guard measures by hand)
 * @param fever whether the temperature is 37.3 °C or more; false when not measured
 * @param message what the guard reads: the outcome and what the person should do
 */
public record GateDecision(
    GateOutcome outcome,
    GateReason reason,
    Optional<Colour> colour,
    BigDecimal temperature,
    boolean fever,
    String message) {

  public GateDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(colour, "colour");
    if (temperature == null && fever) {
      throw new IllegalArgumentException("a fever needs a measured temperature");
    }
    Objects.requireNonNull(message, "message");
  }

  /** Same decision on the same measurement, whatever the scale the temperature was written in. */
  public boolean sameMeasurement(BigDecimal otherTemperature) {
    return temperature == null || otherTemperature == null
        ? temperature == otherTemperature
        : temperature.compareTo(otherTemperature) == 0;
  }
}
