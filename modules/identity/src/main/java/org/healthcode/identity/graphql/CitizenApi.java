package org.healthcode.identity.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.PersonId;
import org.healthcode.identity.application.AccountDetails;
import org.healthcode.identity.application.CitizenSignIn;
import org.healthcode.identity.application.ConsentDetails;
import org.healthcode.identity.application.DependentDetails;
import org.healthcode.identity.application.HeldData;
import org.healthcode.identity.application.IdentityService;
import org.healthcode.identity.application.PersonDetails;
import org.healthcode.identity.application.SignInCodeAbuseLimits;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.DevelopmentOnly;
import org.healthcode.platform.security.IssuedToken;

/** The citizen app's identity operations (DESIGN §2), and the reviewers' lookup by document. */
@GraphQLApi
@ApplicationScoped
public class CitizenApi {

  @Inject CitizenSignIn signIn;
  @Inject SignInCodeAbuseLimits abuseLimits;
  @Inject IdentityService identity;

  @Mutation("requestSignInCode")
  @PermitAll
  @Description(
      "Sends a 6-digit sign-in code to the phone. At most 3 per phone in 15 minutes and 10 a day"
          + " (TOO_MANY_REQUESTS); a limit per client address and one for all clients"
          + " (RATE_LIMITED, with extensions.retryAfterSeconds and Retry-After). Public.")
  public @NonNull SignInCodeRequested requestSignInCode(
      @NonNull @Name("phone") @Description("Mainland mobile number or + country code and number.")
          String phone) {
    abuseLimits.requireAllowed();
    return new SignInCodeRequested(signIn.requestCode(phone));
  }

  @Mutation("signInWithCode")
  @PermitAll
  @Description(
      "Signs in with the phone's latest code and returns a CITIZEN token; the first sign-in"
          + " creates the account. INVALID_SIGN_IN_CODE when wrong, expired or used;"
          + " TOO_MANY_ATTEMPTS after 5 wrong tries. Public.")
  public @NonNull SignInResult signInWithCode(
      @NonNull @Name("phone") @Description("The phone the code was sent to.") String phone,
      @NonNull @Name("code") @Description("The 6-digit code.") String code) {
    IssuedToken token = signIn.signIn(phone, code);
    return new SignInResult(token.token(), token.expiresAt());
  }

  @DevelopmentOnly
  @Query("developmentSignInCode")
  @PermitAll
  @Description(
      "Development mode only: the latest sign-in code sent to the phone, as the development"
          + " sender wrote it to the log. Absent from the schema in production.")
  public @NonNull String developmentSignInCode(
      @NonNull @Name("phone") @Description("The phone the code was sent to.") String phone) {
    return signIn.developmentCode(phone);
  }

  @Query("consentNoticeVersion")
  @PermitAll
  @Description("The version of the health-data notice citizens consent to now. Public.")
  public @NonNull String consentNoticeVersion() {
    return identity.noticeVersion();
  }

  @Mutation("registerSelf")
  @RolesAllowed("CITIZEN")
  @Description("Registers the account holder's own person. CITIZEN.")
  public @NonNull PersonDetails registerSelf(
      @NonNull @Name("input") @Description("The holder as on their document.") PersonInput input) {
    return identity.registerSelf(input.toNewPerson());
  }

  @Mutation("addDependent")
  @RolesAllowed("CITIZEN")
  @Description("Registers a dependent the account applies for; at most 4. CITIZEN.")
  public @NonNull DependentDetails addDependent(
      @NonNull @Name("input") @Description("The dependent and the relationship.")
          AddDependentInput input) {
    if (input.person() == null) {
      throw HealthCodeException.badInput("person: required");
    }
    return identity.addDependent(input.person().toNewPerson(), input.relationship());
  }

  @Mutation("claimPerson")
  @RolesAllowed("CITIZEN")
  @Description(
      "Takes over a person registered as someone else's dependent, or at a service counter, as"
          + " this account's own person (the other account no longer sees them); with a"
          + " relationship, takes a person registered at a service counter as a dependent."
          + " NOT_FOUND if the details match no such person. CITIZEN.")
  public @NonNull PersonDetails claimPerson(
      @NonNull @Name("input") @Description("The dependent's document and birth date.")
          ClaimPersonInput input) {
    return identity.claimPerson(
        input.documentType(),
        input.documentNumber(),
        input.issuingCountry(),
        input.dateOfBirth(),
        input.relationship());
  }

  @Mutation("recordConsent")
  @RolesAllowed("CITIZEN")
  @Description(
      "Records consent to the health-data notice for the caller's own or dependent person. CITIZEN.")
  public @NonNull ConsentDetails recordConsent(
      @NonNull @Id @Name("personId") @Description("The person consenting.") String personId,
      @NonNull @Name("noticeVersion") @Description("The notice version shown, the current one.")
          String noticeVersion) {
    return identity.recordConsent(personId(personId), noticeVersion);
  }

  @Query("me")
  @RolesAllowed("CITIZEN")
  @Description("The caller's account: masked phone, own person and dependents. CITIZEN.")
  public @NonNull AccountDetails me() {
    return identity.me();
  }

  @Query("person")
  @RolesAllowed("CITIZEN")
  @Description("One of the caller's persons (self or dependent); NOT_FOUND for others. CITIZEN.")
  public @NonNull PersonDetails person(
      @NonNull @Id @Name("id") @Description("The person's id.") String id) {
    return identity.person(personId(id));
  }

  @Query("myData")
  @RolesAllowed("CITIZEN")
  @Description("Everything held about the caller's account and persons (DESIGN §8). CITIZEN.")
  public @NonNull HeldData myData() {
    return identity.myData();
  }

  @Query("findPersonByDocument")
  @RolesAllowed("REVIEWER")
  @Description("Finds a person by identity document; audited with the reason. REVIEWER.")
  public @NonNull PersonDetails findPersonByDocument(
      @NonNull @Name("documentType") @Description("The document type.") DocumentType documentType,
      @NonNull @Name("number") @Description("The number exactly as printed.") String number,
      @Name("issuingCountry") @Description("For a passport: ISO 3166-1 alpha-3 issuing country.")
          String issuingCountry,
      @NonNull @Name("reason") @Description("Why the person's data is read; kept in the audit log.")
          String reason) {
    return identity.findPersonByDocument(documentType, number, issuingCountry, reason);
  }

  private static PersonId personId(String text) {
    try {
      return PersonId.parse(text);
    } catch (IllegalArgumentException e) {
      // not a number, or not positive: nobody's id
      throw HealthCodeException.notFound("No such person among yours");
    }
  }
}
