package org.healthcode.venue.graphql;

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
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.platform.qr.QrFormat;
import org.healthcode.venue.application.CheckInFacade;

@GraphQLApi
@ApplicationScoped
public class CheckInApi {

  @Inject CheckInFacade checkIns;

  @Query("venueCode")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "The current venue code of one of the caller's entry points, for its display or sticker;"
          + " images only when asked for. VENUE_OPERATOR.")
  public @NonNull VenueCodeView venueCode(
      @NonNull @Id @Name("entryPointId") @Description("One of the caller's entry points.")
          String entryPointId,
      @NonNull @Name("format") @DefaultValue("NONE") @Description("Which image to render.")
          QrFormat format) {
    return VenueCodeView.of(checkIns.venueCode(VenueApi.id(entryPointId, "entry point"), format));
  }

  @Mutation("checkIn")
  @RolesAllowed("CITIZEN")
  @Description(
      "Checks the account's self and/or dependents in at the entry point of a venue code, recorded"
          + " before answering, and answers with each person's colour for the guard."
          + " VENUE_CODE_INVALID for a forged code, VENUE_CODE_EXPIRED for an old one (a photo);"
          + " NOT_FOUND for a person not on the account. CITIZEN.")
  public @NonNull CheckInResultView checkIn(
      @NonNull @Name("input") @Description("The check-in.") CheckInInput input) {
    return CheckInResultView.of(
        checkIns.checkIn(
            input.venueCode(),
            input.checkInId(),
            input.personIds().stream().map(CheckInApi::person).toList()));
  }

  @Query("checkIns")
  @RolesAllowed("CITIZEN")
  @Description(
      "Where one of the account's persons was checked (scans, manual passes, check-ins), newest"
          + " first; kept 28 days. NOT_FOUND for anyone else. CITIZEN.")
  public @NonNull CheckInConnection checkIns(
      @NonNull @Id @Name("personId") @Description("The account's self or a dependent.")
          String personId,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    Long before = Pagination.longPosition(after);
    return Pagination.connection(
        checkIns.checkInsOf(person(personId), before == null ? Long.MAX_VALUE : before, size + 1),
        size,
        after,
        item -> Long.toString(item.id()),
        (cursor, item) -> new CheckInEdge(cursor, CheckInRecordView.of(item)),
        CheckInConnection::new);
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
