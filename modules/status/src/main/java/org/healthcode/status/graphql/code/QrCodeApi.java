package org.healthcode.status.graphql.code;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.qr.QrFormat;
import org.healthcode.status.application.code.CodeService;

/** The citizen app's health codes (DESIGN §4): for the account's own persons only. */
@GraphQLApi
@ApplicationScoped
public class QrCodeApi {

  @Inject CodeService codes;

  @Query("healthCodeQr")
  @RolesAllowed("CITIZEN")
  @Description(
      "A fresh code for the account's self or a dependent, valid for 5 minutes; images only when"
          + " asked for (the app draws the QR from the token). NOT_FOUND for anyone else. CITIZEN.")
  public @NonNull HealthCodeQr healthCodeQr(
      @NonNull @Id @Name("personId") @Description("The person.") String personId,
      @NonNull @Name("format") @DefaultValue("NONE") @Description("Which image to render.")
          QrFormat format) {
    return HealthCodeQr.of(codes.appCode(person(personId), format));
  }

  @Mutation("printPaperCode")
  @RolesAllowed({"CITIZEN", "COUNTER"})
  @Description(
      "A paper code (PNG and SVG) for the account's self or a dependent without a phone (counter"
          + " staff: for a person registered at a counter whom no account holds); the same code id"
          + " until revoked. Audited. NOT_FOUND for anyone else. CITIZEN, COUNTER.")
  public @NonNull PaperCodeView printPaperCode(
      @NonNull @Id @Name("personId") @Description("The person.") String personId) {
    return PaperCodeView.of(codes.printPaperCode(person(personId)));
  }

  @Mutation("revokePaperCode")
  @RolesAllowed({"CITIZEN", "COUNTER"})
  @Description(
      "Revokes the person's paper code at once (a lost pass); true if there was one. The next"
          + " printPaperCode gets a new code. Audited. NOT_FOUND for anyone else. CITIZEN,"
          + " COUNTER.")
  public @NonNull Boolean revokePaperCode(
      @NonNull @Id @Name("personId") @Description("The person.") String personId) {
    return codes.revokePaperCode(person(personId));
  }

  private static PersonId person(String id) {
    try {
      return PersonId.parse(id);
    } catch (IllegalArgumentException e) {
      // not a number, or not positive: nobody's id
      throw HealthCodeException.notFound("No such person on this account");
    }
  }
}
