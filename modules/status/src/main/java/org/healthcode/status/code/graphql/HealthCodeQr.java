package org.healthcode.status.code.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.Colour;
import org.healthcode.status.code.application.AppCode;

@Type("HealthCodeQr")
@Description(
    "The code the app shows: a signed token to draw as a QR code, valid for a few minutes. While"
        + " the person has no colour yet (declare first) everything but personId is null.")
public record HealthCodeQr(
    @NonNull @Id @Description("Whose code it is.") String personId,
    @Description(
            "The online token (59 characters), the part before the dot of qrText; null without a colour.")
        String token,
    @Description(
            "What the QR code carries: the token, a dot and its offline signature (T.S, 158"
                + " characters), which a gate can check without a network against the published"
                + " keys; null without a colour.")
        String qrText,
    @Description("The current colour; null while the person has none (declare first).")
        Colour colour,
    @Description("When the token was issued.") Instant issuedAt,
    @Description("When the token stops verifying; fetch a fresh one before.") Instant expiresAt,
    @Description("The QR code as a PNG, base64; only when format is PNG.") String png,
    @Description("The QR code as inline SVG; only when format is SVG.") String svg) {

  static HealthCodeQr of(AppCode code) {
    return new HealthCodeQr(
        Long.toString(code.personId()),
        code.token(),
        code.qrText(),
        code.colour(),
        code.issuedAt(),
        code.expiresAt(),
        code.png(),
        code.svg());
  }
}
