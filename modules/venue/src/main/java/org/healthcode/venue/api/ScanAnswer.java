package org.healthcode.venue.api;

import java.math.BigDecimal;
import org.healthcode.status.api.Colour;

/**
 * The answer to a scan at an entry point.
 *
 * @param colour the colour decided on; null when the person had no code
 * @param maskedName the holder's masked name; null when the code could no longer be read
 */
public record ScanAnswer(
    GateOutcome outcome,
    GateReason reason,
    Colour colour,
    String maskedName,
    BigDecimal temperature,
    boolean fever,
    String message) {}
