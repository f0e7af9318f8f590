package org.healthcode.status.graphql;

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
import org.eclipse.microprofile.graphql.Source;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.status.application.StatusService;

/** Health codes as citizens see them: their own and their dependents', appeals, notifications. */
@GraphQLApi
@ApplicationScoped
public class HealthCodeApi {

  @Inject StatusService status;

  @Query("healthCode")
  @RolesAllowed("CITIZEN")
  @Description(
      "The health code of the caller's own or dependent person; NOT_FOUND for others. CITIZEN.")
  public @NonNull HealthCodeView healthCode(
      @NonNull @Id @Name("personId") @Description("The person.") String personId) {
    return HealthCodeView.of(status.healthCode(personId(personId)));
  }

  @Query("healthCodeForReview")
  @RolesAllowed({"REVIEWER", "SUPERVISOR"})
  @Description(
      "A person's health code for staff work; audited with the reason. REVIEWER, SUPERVISOR.")
  public @NonNull HealthCodeView healthCodeForReview(
      @NonNull @Id @Name("personId") @Description("The person.") String personId,
      @NonNull @Name("reason") @Description("Why the code is read; recorded in the audit log.")
          String reason) {
    return HealthCodeView.of(status.healthCodeForReview(personId(personId), reason));
  }

  @RolesAllowed({"CITIZEN", "REVIEWER", "SUPERVISOR"})
  @Description("The code's changes, newest first.")
  public @NonNull ColourChangeConnection history(
      @Source HealthCodeView code,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        status.history(new PersonId(Long.parseLong(code.personId())), Pages.key(after), size + 1),
        size,
        after,
        change -> String.valueOf(change.version()),
        (cursor, change) -> new ColourChangeEdge(cursor, ColourChangeView.of(change)),
        ColourChangeConnection::new);
  }

  @Mutation("appealColour")
  @RolesAllowed("CITIZEN")
  @Description("Contests the current colour of the caller's own or dependent person. CITIZEN.")
  public @NonNull AppealView appealColour(
      @NonNull @Id @Name("personId") @Description("The person.") String personId,
      @NonNull @Name("reason") @Description("Why the colour is wrong (at most 500 characters).")
          String reason) {
    return AppealView.of(status.appeal(personId(personId), reason));
  }

  @Query("notifications")
  @RolesAllowed("CITIZEN")
  @Description("What the caller's own or dependent person was told, newest first. CITIZEN.")
  public @NonNull NotificationConnection notifications(
      @NonNull @Id @Name("personId") @Description("The person.") String personId,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        status.notifications(personId(personId), Pages.key(after), size + 1),
        size,
        after,
        notification -> String.valueOf(notification.id()),
        (cursor, notification) -> new NotificationEdge(cursor, NotificationView.of(notification)),
        NotificationConnection::new);
  }

  static PersonId personId(String id) {
    try {
      return PersonId.parse(id);
    } catch (NumberFormatException e) {
      throw HealthCodeException.badInput("personId: not a person id");
    } catch (IllegalArgumentException e) {
      // a number but not positive: well formed, and nobody's
      throw HealthCodeException.notFound("No such person");
    }
  }
}
