package org.healthcode.venue.graphql;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.api.DocumentType;

@Input("ManualPassInput")
@Description(
    "A person without a code passing the original way: the document shown and a temperature.")
public record ManualPassInput(
    @Id
        @Description(
            "The entry point: required for an operator (one of their venue's); a device may omit"
                + " it, and may name only its own.")
        String entryPointId,
    @NonNull
        @Description(
            "The id of this pass, 8 to 64 characters of A-Z a-z 0-9 - _; a retry with the same id"
                + " gets the same answer.")
        String scanId,
    @NonNull @Description("The type of the document shown.") DocumentType documentType,
    @NonNull @Description("The document number exactly as printed.") String documentNumber,
    @Description("ISO 3166-1 alpha-3 issuing country, for a passport only.") String issuingCountry,
    @NonNull @Description("The measured temperature in °C, 34.0 to 43.0, at most two decimals.")
        BigDecimal temperature) {}
