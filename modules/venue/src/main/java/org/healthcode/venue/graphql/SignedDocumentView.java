package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.SignedDocument;

@Type("SignedDocument")
@Description(
    "A document a gate keeps and checks offline: JSON signed with the issuer's current offline key"
        + " (docs/adr/0032).")
public record SignedDocumentView(
    @NonNull @Description("JSON text; sign and verify exactly these UTF-8 bytes.") String payload,
    @NonNull @Description("The signing city (administrative division code, e.g. \"120000\").")
        String issuer,
    @NonNull @Description("The signing key's number within the issuer.") Integer keyNumber,
    @NonNull @Description("Ed25519 signature over the payload's UTF-8 bytes, unpadded base64url.")
        String signature) {

  static SignedDocumentView of(SignedDocument document) {
    return new SignedDocumentView(
        document.payload(), document.issuer(), document.keyNumber(), document.signature());
  }
}
