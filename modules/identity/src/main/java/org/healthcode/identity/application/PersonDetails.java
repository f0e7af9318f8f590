package org.healthcode.identity.application;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.Sex;

@Type("Person")
@Description("A registered person. Name and document number are masked by the server.")
public record PersonDetails(
    @NonNull @Id @Description("The person's id.") String id,
    @NonNull @Description("The name, masked: 张*明, J*** S****.") String maskedName,
    @NonNull @Description("The type of identity document registered.") DocumentType documentType,
    @NonNull @Description("The document number, masked: 120101********123X.")
        String maskedDocumentNumber,
    @Description("ISO 3166-1 alpha-3 country that issued the passport; null for other documents.")
        String issuingCountry,
    @NonNull @Description("Date of birth.") LocalDate dateOfBirth,
    @NonNull @Description("Sex as on the document.") Sex sex,
    @NonNull @Description("Nationality or region, ISO 3166-1 alpha-3 (HKG, MAC, TWN for regions).")
        String nationality,
    @NonNull @Description("Home district in the city, or VISITOR.") HomeDistrict homeDistrict,
    @NonNull @Description("When the person was registered.") Instant registeredAt) {}
