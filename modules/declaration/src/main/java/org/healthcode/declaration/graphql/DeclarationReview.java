package org.healthcode.declaration.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.SubmittedDeclaration;

@Type("DeclarationReview")
@Description("The explained outcome of a declaration's background review, as recorded.")
public record DeclarationReview(
    @NonNull @Id @Description("The declaration.") String declarationId,
    @NonNull
        @Description(
            "The strongest fired rule's outcome (RED > MANUAL_REVIEW > ORANGE > GREEN); GREEN"
                + " when none fired.")
        Outcome outcome,
    @NonNull
        @Description("The colour the colour rules gave, shown while a manual review is pending.")
        Outcome colour,
    @NonNull @Description("True when a reviewer must look at the declaration.")
        boolean needsManualReview,
    @NonNull @Description("Every rule that fired, strongest first.")
        List<@NonNull FiredRuleView> firedRules,
    @NonNull @Description("When the review ran.") Instant reviewedAt) {

  static DeclarationReview of(SubmittedDeclaration declaration) {
    var review = declaration.review();
    return new DeclarationReview(
        Long.toString(declaration.id()),
        review.outcome(),
        review.colour(),
        review.needsManualReview(),
        review.firedRules().stream().map(FiredRuleView::of).toList(),
        review.reviewedAt());
  }
}
