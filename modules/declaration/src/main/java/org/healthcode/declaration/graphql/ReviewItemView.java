package org.healthcode.declaration.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.ReviewDecision;
import org.healthcode.declaration.api.ReviewItemDetails;
import org.healthcode.declaration.api.ReviewItemStatus;

@Type("ReviewItem")
@Description("A declaration in the manual review queue, and the decision once made.")
public record ReviewItemView(
    @NonNull @Id @Description("The item id.") String id,
    @NonNull @Description("The declaration, with its fired rules.") DeclarationView declaration,
    @Description("The person's masked name, e.g. 张*明; never the plain name.") String maskedName,
    @NonNull @Description("When the item was queued.") Instant createdAt,
    @NonNull @Description("OPEN or DECIDED.") ReviewItemStatus status,
    @Description("The reviewer's decision, once made.") ReviewDecision decision,
    @Description("The reviewer's reason, once decided.") String reason,
    @Description("Who decided (token subject).") String decidedBy,
    @Description("When it was decided.") Instant decidedAt) {

  static ReviewItemView of(ReviewItemDetails item) {
    return new ReviewItemView(
        Long.toString(item.id()),
        DeclarationView.of(item.declaration()),
        item.maskedName(),
        item.createdAt(),
        item.status(),
        item.decision(),
        item.reason(),
        item.decidedBy(),
        item.decidedAt());
  }
}
