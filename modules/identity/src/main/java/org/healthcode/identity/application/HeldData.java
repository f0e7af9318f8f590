package org.healthcode.identity.application;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MyData")
@Description(
    "Everything the identity module holds about the caller's account and persons (DESIGN §8),"
        + " personal fields masked.")
public record HeldData(
    @NonNull @Description("The account.") AccountDetails account,
    @NonNull @Description("The account's self and current dependents.")
        List<@NonNull PersonDetails> persons,
    @NonNull @Description("Every consent recorded for those persons, oldest first.")
        List<@NonNull ConsentDetails> consents,
    @NonNull @Description("Every proxy link concerning them, ended ones included.")
        List<@NonNull LinkDetails> dependentLinks) {}
