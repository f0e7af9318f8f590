package org.healthcode.identity.application;

import java.time.LocalDate;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.Sex;

/** A person as entered in the app, before validation. */
public record NewPerson(
    String name,
    DocumentType documentType,
    String documentNumber,
    String issuingCountry,
    LocalDate dateOfBirth,
    Sex sex,
    String nationality,
    HomeDistrict homeDistrict) {}
