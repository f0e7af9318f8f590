package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.status.api.Colour;
import org.healthcode.status.api.HealthReason;

@Input("ColourChangeProposalInput")
@Description("A manual colour change for a supervisor to approve.")
public record ColourChangeProposalInput(
    @NonNull @Id @Description("The person whose code changes.") String personId,
    @NonNull @Description("The colour the code should get.") Colour targetColour,
    @NonNull @Description("The health reason, from the fixed list.") HealthReason reasonCode,
    @NonNull @Description("What happened, in the reviewer's words (at most 400 characters).")
        String reasonText,
    @NonNull @Description("The legal basis of the change (at most 200 characters).")
        String legalBasis) {}
