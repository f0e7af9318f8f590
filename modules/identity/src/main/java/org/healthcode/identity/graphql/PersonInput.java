package org.healthcode.identity.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.Sex;
import org.healthcode.identity.application.NewPerson;

@Input("PersonInput")
@Description("A person to register, as on their identity document.")
public record PersonInput(
    @NonNull @Description("Full name as on the document.") String name,
    @NonNull @Description("The type of identity document.") DocumentType documentType,
    @NonNull @Description("The document number exactly as printed (upper case, no spaces).")
        String documentNumber,
    @Description("For a passport only: ISO 3166-1 alpha-3 code of the issuing country.")
        String issuingCountry,
    @NonNull @Description("Date of birth; must agree with the document where it encodes it.")
        LocalDate dateOfBirth,
    @NonNull @Description("Sex; must agree with the document where it encodes it.") Sex sex,
    @NonNull @Description("Nationality or region, ISO 3166-1 alpha-3 (HKG, MAC, TWN for regions).")
        String nationality,
    @NonNull @Description("Home district in the city, or VISITOR.") HomeDistrict homeDistrict) {

  NewPerson toNewPerson() {
    return new NewPerson(
        name,
        documentType,
        documentNumber,
        issuingCountry,
        dateOfBirth,
        sex,
        nationality,
        homeDistrict);
  }
}
