package org.healthcode.identity.application;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Account")
@Description("The signed-in citizen's account.")
public record AccountDetails(
    @NonNull @Description("The account's phone number, masked: 138****5678.") String maskedPhone,
    @NonNull @Description("When the account was created (first sign-in).") Instant createdAt,
    @Description("The account holder's own person; null until registered.") PersonDetails self,
    @NonNull
        @Description(
            "The current dependents, oldest first. Not paginated: an account has at most 4.")
        List<@NonNull DependentDetails> dependents) {}
