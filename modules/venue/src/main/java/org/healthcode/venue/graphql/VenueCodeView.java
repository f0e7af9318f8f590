package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.VenueCodeImage;

@Type("VenueCode")
@Description(
    "An entry point's venue code, signed, for citizens to scan with the app to check in. It"
        + " rotates: a display fetches the next one at nextRotation, and a photo of it stops"
        + " working at validUntil.")
public record VenueCodeView(
    @NonNull @Id @Description("The entry point.") String entryPointId,
    @NonNull @Description("The code the QR holds (40 characters).") String code,
    @NonNull @Description("When it was issued.") Instant issuedAt,
    @Description("When it stops verifying; null for a static (printed) code.") Instant validUntil,
    @Description("When the display should fetch the next code; null for a static code.")
        Instant nextRotation,
    @Description("The QR as a base64 PNG, when asked for.") String png,
    @Description("The QR as SVG, when asked for.") String svg) {

  static VenueCodeView of(VenueCodeImage image) {
    return new VenueCodeView(
        image.entryPoint().toString(),
        image.code(),
        image.issuedAt(),
        image.validUntil(),
        image.nextRotation(),
        image.png(),
        image.svg());
  }
}
