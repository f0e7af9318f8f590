package org.healthcode.identity.application;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.api.Relationship;

@Type("Dependent")
@Description("A person the account applies for (proxy application).")
public record DependentDetails(
    @NonNull @Description("How the dependent is related to the account holder.")
        Relationship relationship,
    @NonNull @Description("Since when the account applies for them.") Instant since,
    @NonNull @Description("The dependent.") PersonDetails person) {}
