package org.healthcode.declaration.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.declaration.api.DeclarationFacade;
import org.healthcode.declaration.api.ReviewDecision;
import org.healthcode.declaration.api.RuleVersion;
import org.healthcode.declaration.api.SubmittedDeclaration;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.PageInfo;
import org.healthcode.platform.graphql.Pagination;

/**
 * Declarations (DESIGN §3): citizens declare and read their history; supervisors manage risk areas
 * and rules; reviewers work the manual review queue.
 */
@GraphQLApi
@ApplicationScoped
public class DeclarationApi {

  @Inject DeclarationFacade declarations;

  @Mutation("submitDeclaration")
  @RolesAllowed({"CITIZEN", "COUNTER"})
  @Description(
      "Submits a declaration for the caller's own person or a dependent (counter staff: for a"
          + " person registered at a counter whom no account holds, audited) and reviews it at"
          + " once: the outcome and every rule that fired. NOT_FOUND for another person,"
          + " CONSENT_REQUIRED without consent, INVALID_DECLARATION naming the field. CITIZEN,"
          + " COUNTER.")
  public @NonNull DeclarationReview submitDeclaration(
      @NonNull @Name("input") @Description("The declaration.") DeclarationInput input) {
    return DeclarationReview.of(declarations.submit(personId(input.personId()), input.toForm()));
  }

  @Query("declarations")
  @RolesAllowed("CITIZEN")
  @Description(
      "The declarations of the caller's own person or a dependent, newest first. NOT_FOUND for"
          + " another person. CITIZEN.")
  public @NonNull DeclarationConnection declarations(
      @NonNull @Id @Name("personId") @Description("The person.") String personId,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    List<SubmittedDeclaration> page =
        declarations.history(personId(personId), Pagination.longPosition(after), size + 1);
    var connection =
        page(page, size, after, d -> Long.toString(d.id()), d -> DeclarationView.of(d));
    return new DeclarationConnection(
        connection.edges().stream().map(e -> new DeclarationEdge(e.cursor(), e.node())).toList(),
        connection.pageInfo());
  }

  @Query("riskAreas")
  @RolesAllowed("SUPERVISOR")
  @Description("Risk areas in creation order, optionally only those in force on a day. SUPERVISOR.")
  public @NonNull RiskAreaConnection riskAreas(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after,
      @Name("activeOn") @Description("Only areas in force on this day; omit for all.")
          LocalDate activeOn) {
    int size = Pagination.pageSize(first);
    var connection =
        page(
            declarations.riskAreas(Pagination.longPosition(after), activeOn, size + 1),
            size,
            after,
            a -> Long.toString(a.id()),
            RiskAreaView::of);
    return new RiskAreaConnection(
        connection.edges().stream().map(e -> new RiskAreaEdge(e.cursor(), e.node())).toList(),
        connection.pageInfo());
  }

  @Mutation("createRiskArea")
  @RolesAllowed("SUPERVISOR")
  @Description(
      "Creates a risk area; reviews from then on use it. INVALID_RISK_AREA naming the field."
          + " Audited. SUPERVISOR.")
  public @NonNull RiskAreaView createRiskArea(
      @NonNull @Name("input") @Description("The area.") CreateRiskAreaInput input) {
    return RiskAreaView.of(
        declarations.createRiskArea(
            input.region(), input.level(), input.validFrom(), input.validTo(), input.reason()));
  }

  @Mutation("endRiskArea")
  @RolesAllowed("SUPERVISOR")
  @Description(
      "Ends a risk area on a day (its last day in force); an end can only move earlier."
          + " INVALID_RISK_AREA, NOT_FOUND. Audited with the reason. SUPERVISOR.")
  public @NonNull RiskAreaView endRiskArea(
      @NonNull @Id @Name("id") @Description("The area.") String id,
      @NonNull @Name("validTo") @Description("The last day in force, not before its first.")
          LocalDate validTo,
      @NonNull @Name("reason") @Description("Why, 1 to 500 characters; kept in the audit log.")
          String reason) {
    return RiskAreaView.of(declarations.endRiskArea(id(id, "risk area"), validTo, reason));
  }

  @Query("rules")
  @RolesAllowed("SUPERVISOR")
  @Description("Every version of every review rule, by rule id and version. SUPERVISOR.")
  public @NonNull RuleConnection rules(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    String position = Pagination.position(after);
    String afterId = null;
    Integer afterVersion = null;
    if (position != null) {
      int colon = position.lastIndexOf(':');
      try {
        afterId = position.substring(0, colon);
        afterVersion = Integer.parseInt(position.substring(colon + 1));
      } catch (RuntimeException e) {
        throw HealthCodeException.badInput("after: not a cursor from this list");
      }
    }
    Function<RuleVersion, String> key = r -> r.id() + ":" + r.version();
    var connection =
        page(declarations.rules(afterId, afterVersion, size + 1), size, after, key, RuleView::of);
    return new RuleConnection(
        connection.edges().stream().map(e -> new RuleEdge(e.cursor(), e.node())).toList(),
        connection.pageInfo());
  }

  @Mutation("addRuleVersion")
  @RolesAllowed("SUPERVISOR")
  @Description(
      "Adds the next version of a rule (version 1 of a new id), in force from validFrom (today or"
          + " later); existing versions never change and stored outcomes stay as they were."
          + " INVALID_RULE naming the field. Audited. SUPERVISOR.")
  public @NonNull RuleView addRuleVersion(
      @NonNull @Name("input") @Description("The new version.") RuleVersionInput input) {
    return RuleView.of(declarations.addRuleVersion(input.toNewRuleVersion()));
  }

  @Query("reviewQueue")
  @RolesAllowed("REVIEWER")
  @Description(
      "Declarations waiting for a reviewer, oldest first, with the rules that fired and the"
          + " person's masked name. Each declaration shown is audited as read. REVIEWER.")
  public @NonNull ReviewItemConnection reviewQueue(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    var connection =
        page(
            declarations.reviewQueue(Pagination.longPosition(after), size + 1),
            size,
            after,
            i -> Long.toString(i.id()),
            ReviewItemView::of);
    return new ReviewItemConnection(
        connection.edges().stream().map(e -> new ReviewItemEdge(e.cursor(), e.node())).toList(),
        connection.pageInfo());
  }

  @Mutation("decideReview")
  @RolesAllowed("REVIEWER")
  @Description(
      "Decides a queued declaration's colour with a reason. ALREADY_DECIDED when decided before,"
          + " NOT_FOUND for no such item. Audited with the reason. REVIEWER.")
  public @NonNull ReviewItemView decideReview(
      @NonNull @Id @Name("itemId") @Description("The queue item.") String itemId,
      @NonNull @Name("outcome") @Description("The decided colour.") ReviewDecision outcome,
      @NonNull @Name("reason") @Description("Why, 1 to 500 characters; kept in the audit log.")
          String reason) {
    return ReviewItemView.of(declarations.decide(id(itemId, "review item"), outcome, reason));
  }

  /** One page of edges from up to size + 1 items: the extra one only tells that more follow. */
  private static <T, V> Page<V> page(
      List<T> items, int size, String after, Function<T, String> position, Function<T, V> view) {
    return Pagination.connection(
        items,
        size,
        after,
        position,
        (cursor, item) -> new Edge<>(cursor, view.apply(item)),
        Page<V>::new);
  }

  private record Edge<V>(String cursor, V node) {}

  private record Page<V>(List<Edge<V>> edges, PageInfo pageInfo) {}

  private static PersonId personId(String text) {
    try {
      return PersonId.parse(text);
    } catch (IllegalArgumentException e) {
      // not a number, or not positive: nobody's id
      throw HealthCodeException.notFound("No such person among yours");
    }
  }

  private static long id(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw HealthCodeException.notFound("No such " + what);
    }
  }
}
