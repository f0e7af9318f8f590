package org.healthcode.identity.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.api.DocumentType;

@Input("ClaimPersonInput")
@Description("Proof that the signed-in citizen is a dependent registered by someone else.")
public record ClaimPersonInput(
    @NonNull @Description("The type of the dependent's identity document.")
        DocumentType documentType,
    @NonNull @Description("The document number exactly as printed.") String documentNumber,
    @Description("For a passport only: ISO 3166-1 alpha-3 code of the issuing country.")
        String issuingCountry,
    @NonNull @Description("Date of birth as registered.") LocalDate dateOfBirth) {}
