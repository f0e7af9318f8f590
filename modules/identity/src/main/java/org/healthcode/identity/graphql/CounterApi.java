package org.healthcode.identity.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.application.CounterRegistration;
import org.healthcode.identity.application.IdentityService;
import org.healthcode.identity.application.PersonDetails;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A community service counter's identity operations (docs/adr/0034): staff register people with no
 * phone, with consent given on paper. They then declare (submitDeclaration) and print paper codes
 * (printPaperCode) for them through the same operations as citizens.
 */
@GraphQLApi
@ApplicationScoped
public class CounterApi {

  @Inject IdentityService identity;

  @Mutation("registerAtCounter")
  @RolesAllowed("COUNTER")
  @Description(
      "Registers a person with no phone and no account, with the consent they signed on paper."
          + " The document is checked as for citizens (INVALID_DOCUMENT, DOCUMENT_ALREADY_REGISTERED,"
          + " BAD_INPUT naming the field); CONSENT_REFERENCE_REQUIRED without the paper's reference. Counter staff then act for the person until an"
          + " account claims them (claimPerson). Audited. COUNTER.")
  public @NonNull CounterRegistration registerAtCounter(
      @NonNull @Name("input") @Description("The person and their paper consent.")
          CounterRegistrationInput input) {
    if (input.person() == null) {
      throw HealthCodeException.badInput("person: required");
    }
    return identity.registerAtCounter(
        input.person().toNewPerson(), input.consentReference(), input.noticeVersion());
  }

  @Query("counterPerson")
  @RolesAllowed("COUNTER")
  @Description(
      "Finds a person registered at a service counter whom no account holds yet, by document (to"
          + " declare again, reprint or revoke the paper code); NOT_FOUND for anyone else. Audited"
          + " with the reason. COUNTER.")
  public @NonNull PersonDetails counterPerson(
      @NonNull @Name("documentType") @Description("The document type.") DocumentType documentType,
      @NonNull @Name("number") @Description("The number exactly as printed.") String number,
      @Name("issuingCountry") @Description("For a passport: ISO 3166-1 alpha-3 issuing country.")
          String issuingCountry,
      @NonNull @Name("reason") @Description("Why the person's data is read; kept in the audit log.")
          String reason) {
    return identity.findCounterPerson(documentType, number, issuingCountry, reason);
  }
}
