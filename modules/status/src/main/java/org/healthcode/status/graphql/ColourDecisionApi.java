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
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.status.api.ProposalState;
import org.healthcode.status.application.StatusService;

/** Staff decisions on colours: manual changes under dual control, answers to appeals. */
@GraphQLApi
@ApplicationScoped
public class ColourDecisionApi {

  @Inject StatusService status;

  @Mutation("proposeColourChange")
  @RolesAllowed("REVIEWER")
  @Description("Proposes a manual colour change for a different supervisor to decide. REVIEWER.")
  public @NonNull ColourChangeProposalView proposeColourChange(
      @NonNull @Name("input") @Description("The change and its reasons.")
          ColourChangeProposalInput input) {
    return ColourChangeProposalView.of(
        status.propose(
            HealthCodeApi.personId(input.personId()),
            input.targetColour(),
            input.reasonCode(),
            input.reasonText(),
            input.legalBasis()));
  }

  @Mutation("approveColourChange")
  @RolesAllowed("SUPERVISOR")
  @Description(
      "Approves a proposal and applies it; SELF_APPROVAL_REFUSED for the proposer's own,"
          + " STALE_DECISION if it would lower a code that changed since. SUPERVISOR.")
  public @NonNull ColourChangeProposalView approveColourChange(
      @NonNull @Id @Name("id") @Description("The proposal.") String id) {
    return ColourChangeProposalView.of(status.approve(id(id)));
  }

  @Mutation("rejectColourChange")
  @RolesAllowed("SUPERVISOR")
  @Description("Rejects a proposal; the code stays as it is. SUPERVISOR.")
  public @NonNull ColourChangeProposalView rejectColourChange(
      @NonNull @Id @Name("id") @Description("The proposal.") String id,
      @NonNull @Name("reason") @Description("Why it is rejected.") String reason) {
    return ColourChangeProposalView.of(status.reject(id(id), reason));
  }

  @Query("colourChangeProposals")
  @RolesAllowed({"REVIEWER", "SUPERVISOR"})
  @Description(
      "Colour change proposals, oldest first, optionally in one state. REVIEWER, SUPERVISOR.")
  public @NonNull ColourChangeProposalConnection colourChangeProposals(
      @Name("state") @Description("Only proposals in this state; all if omitted.")
          ProposalState state,
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        status.proposals(state, Pages.key(after), size + 1),
        size,
        after,
        proposal -> String.valueOf(proposal.id()),
        (cursor, proposal) ->
            new ColourChangeProposalEdge(cursor, ColourChangeProposalView.of(proposal)),
        ColourChangeProposalConnection::new);
  }

  @Query("appeals")
  @RolesAllowed("REVIEWER")
  @Description("Open appeals, oldest first. REVIEWER.")
  public @NonNull AppealConnection appeals(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        status.openAppeals(Pages.key(after), size + 1),
        size,
        after,
        appeal -> String.valueOf(appeal.id()),
        (cursor, appeal) -> new AppealEdge(cursor, AppealView.of(appeal)),
        AppealConnection::new);
  }

  @Mutation("answerAppeal")
  @RolesAllowed("REVIEWER")
  @Description("Answers an open appeal with a colour or KEEP; the person is notified. REVIEWER.")
  public @NonNull AppealView answerAppeal(
      @NonNull @Id @Name("id") @Description("The appeal.") String id,
      @NonNull @Name("outcome") @Description("The colour to set, or KEEP.") AppealOutcome outcome,
      @NonNull @Name("answer") @Description("The answer to the person (at most 500 characters).")
          String answer) {
    return AppealView.of(status.answer(id(id), outcome.colour(), answer));
  }

  @Mutation("runObservationTimers")
  @RolesAllowed("ADMIN")
  @Description(
      "Ends every ORANGE observation that is over now, as the periodic job does; returns how"
          + " many codes turned GREEN. ADMIN.")
  public int runObservationTimers() {
    return status.runObservationTimers();
  }

  private static long id(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw HealthCodeException.notFound("No such id");
    }
  }
}
