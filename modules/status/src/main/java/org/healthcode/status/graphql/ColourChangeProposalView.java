package org.healthcode.status.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.HealthReason;
import org.healthcode.status.api.ProposalState;
import org.healthcode.status.domain.ChangeProposal;

@Type("ColourChangeProposal")
@Description("A manual colour change proposed by a reviewer, decided by a different supervisor.")
public record ColourChangeProposalView(
    @NonNull @Id @Description("The proposal's id.") String id,
    @NonNull @Id @Description("The person whose code it changes.") String personId,
    @NonNull @Description("The colour proposed.") Colour targetColour,
    @NonNull @Description("The health reason.") HealthReason reasonCode,
    @NonNull @Description("The reviewer's words.") String reasonText,
    @NonNull @Description("The legal basis.") String legalBasis,
    @NonNull @Description("Who proposed it.") String proposedBy,
    @NonNull @Description("When it was proposed.") Instant proposedAt,
    @NonNull @Description("The code's version it was proposed on.") long basedOnVersion,
    @NonNull @Description("Whether it is still open, approved or rejected.") ProposalState state,
    @Description("The supervisor who decided; null while open.") String decidedBy,
    @Description("When it was decided; null while open.") Instant decidedAt,
    @Description("Why it was rejected; null unless rejected.") String rejectionReason) {

  static ColourChangeProposalView of(ChangeProposal proposal) {
    return new ColourChangeProposalView(
        String.valueOf(proposal.id()),
        String.valueOf(proposal.person().value()),
        proposal.targetColour(),
        proposal.reasonCode(),
        proposal.reasonText(),
        proposal.legalBasis(),
        proposal.proposedBy(),
        proposal.proposedAt(),
        proposal.basedOnVersion(),
        proposal.state(),
        proposal.decidedBy(),
        proposal.decidedAt(),
        proposal.decisionReason());
  }
}
