package org.healthcode.status.code.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.code.application.PaperCode;

@Type("PaperCode")
@Description(
    "A code to print for someone without a phone: no colour (a scan looks the colour up),"
        + " long-lived, withdrawn by revokePaperCode.")
public record PaperCodeView(
    @NonNull @Id @Description("Whose code it is.") String personId,
    @NonNull @Description("The online token (59 characters), the part before the dot of qrText.")
        String token,
    @NonNull
        @Description(
            "What the QR code carries: the token, a dot and its offline signature (T.S, 158"
                + " characters), checkable offline against the published keys.")
        String qrText,
    @NonNull @Description("When it was issued.") Instant issuedAt,
    @Description("When it stops verifying; null if it never expires.") Instant expiresAt,
    @NonNull @Description("The QR code as a PNG, base64.") String png,
    @NonNull @Description("The QR code as inline SVG.") String svg) {

  static PaperCodeView of(PaperCode code) {
    return new PaperCodeView(
        Long.toString(code.personId()),
        code.token(),
        code.qrText(),
        code.issuedAt(),
        code.expiresAt(),
        code.png(),
        code.svg());
  }
}
