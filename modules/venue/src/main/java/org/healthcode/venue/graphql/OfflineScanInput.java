package org.healthcode.venue.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;

@Input("OfflineScanInput")
@Description("One scan a gate decided offline.")
public record OfflineScanInput(
    @NonNull
        @Description(
            "The device's id for this scan, as for scan: 8 to 64 characters of A-Z a-z 0-9 - _.")
        String scanId,
    @NonNull @Description("The whole text read from the QR code (T.S).") String codeText,
    @NonNull @Description("When the gate decided, by the device clock.") Instant scannedAt,
    @Description("The measured temperature in °C; null = not measured.") BigDecimal temperature,
    @NonNull @Description("What the gate decided.") GateOutcome outcome,
    @NonNull @Description("Why, as the gate policy gave it.") GateReason reason,
    @NonNull
        @Description(
            "ECDSA P-256 / SHA-256 signature (IEEE P1363 r||s, as WebCrypto gives it), base64url,"
                + " over the UTF-8 of: HCSCAN1|scanId|codeText|scannedAt epoch millis|temperature"
                + " as sent or -|outcome|reason")
        String signature) {}
