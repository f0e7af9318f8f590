package org.healthcode.identity.application;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A person registered at a service counter, with the consent given on paper (ADR 34). */
@Type("CounterRegistration")
@Description("A person registered at a service counter and the consent they gave on paper.")
public record CounterRegistration(
    @NonNull @Description("The person, masked.") PersonDetails person,
    @NonNull @Description("The consent given on paper, with its reference.")
        ConsentDetails consent) {}
