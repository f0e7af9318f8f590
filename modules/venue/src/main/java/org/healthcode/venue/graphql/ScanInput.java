package org.healthcode.venue.graphql;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ScanInput")
@Description("A scan of a person's health code at the device's entry point.")
public record ScanInput(
    @NonNull
        @Description(
            "The device's id for this scan, 8 to 64 characters of A-Z a-z 0-9 - _; send a retry"
                + " with the same id to get the same answer.")
        String scanId,
    @NonNull @Description("The token read from the person's QR code.") String codeToken,
    @Description(
            "The measured temperature in °C, 34.0 to 43.0, at most two decimals; null where the"
                + " gate has no thermometer (a bus, a taxi): a GREEN code is then admitted subject"
                + " to the guard's measurement (GREEN_TEMPERATURE_NOT_MEASURED).")
        BigDecimal temperature) {}
