package org.healthcode.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.identity.api.Relationship;

@Input("AddDependentInput")
@Description("A dependent to apply for: the person and how they are related to the holder.")
public record AddDependentInput(
    @NonNull @Description("The dependent, as on their identity document.") PersonInput person,
    @NonNull @Description("How the dependent is related to the account holder.")
        Relationship relationship) {}
