package org.healthcode.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.DocumentType;

@Type("DocumentTypeInfo")
@Description("An identity document a person can register with.")
public record DocumentTypeInfo(
    @NonNull @Description("The document type, as used in every input that takes a document.")
        DocumentType type,
    @Description("The number Chinese health-code vendors use for this type; null where none.")
        Integer vendorCode,
    @NonNull @Description("What the document is, in the caller's language (Accept-Language).")
        String description,
    @NonNull
        @Description(
            "What its number looks like, with an example, in the caller's language: for the form's"
                + " hint.")
        String format) {

  static DocumentTypeInfo of(DocumentType type) {
    return new DocumentTypeInfo(
        type,
        type.vendorCode().isPresent() ? type.vendorCode().getAsInt() : null,
        IdentityTexts.MESSAGES.text("documentType." + type.name()),
        IdentityTexts.MESSAGES.text("documentFormat." + type.name()));
  }
}
