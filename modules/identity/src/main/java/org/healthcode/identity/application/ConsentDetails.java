package org.healthcode.identity.application;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Consent")
@Description("A person's consent to the processing of health data under one notice version.")
public record ConsentDetails(
    @NonNull @Id @Description("The person who consented.") String personId,
    @NonNull @Description("The version of the notice consented to.") String noticeVersion,
    @NonNull @Description("When consent was given.") Instant givenAt,
    @Description(
            "For consent given on paper at a service counter: the paper's reference (e.g. the"
                + " form number); null for consent given in the app.")
        String paperReference) {}
