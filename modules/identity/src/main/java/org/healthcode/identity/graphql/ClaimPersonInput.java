package org.healthcode.identity.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.Relationship;

@Input("ClaimPersonInput")
@Description(
    "Proof that the signed-in citizen is, or is a relative of, a person registered by someone"
        + " else (another account or a service counter).")
public record ClaimPersonInput(
    @NonNull @Description("The type of the dependent's identity document.")
        DocumentType documentType,
    @NonNull @Description("The document number exactly as printed.") String documentNumber,
    @Description("For a passport only: ISO 3166-1 alpha-3 code of the issuing country.")
        String issuingCountry,
    @NonNull @Description("Date of birth as registered.") LocalDate dateOfBirth,
    @Description(
            "Omit to take the person as this account's own. Given: the account takes a person"
                + " registered at a service counter as a dependent with this relationship.")
        Relationship relationship) {}
