package org.healthcode.identity.application;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.Relationship;

@Type("DependentLink")
@Description("A proxy link held about the caller's persons, current or ended.")
public record LinkDetails(
    @NonNull @Id @Description("The dependent person.") String personId,
    @NonNull @Description("The relationship recorded.") Relationship relationship,
    @NonNull @Description("When the link was made.") Instant addedAt,
    @Description("When it ended (the dependent took over their own account); null if current.")
        Instant endedAt,
    @NonNull
        @Description(
            "True if this account holds the link; false if another account held the caller's"
                + " own person as its dependent.")
        boolean heldByThisAccount) {}
