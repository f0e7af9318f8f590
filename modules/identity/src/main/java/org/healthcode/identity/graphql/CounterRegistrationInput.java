package org.healthcode.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CounterRegistrationInput")
@Description(
    "A person with no phone registered at a service counter, and the consent they signed on"
        + " paper.")
public record CounterRegistrationInput(
    @NonNull @Description("The person as on their identity document, checked as for citizens.")
        PersonInput person,
    @NonNull
        @Description(
            "The reference of the signed paper consent form (e.g. its form number), 1 to 60"
                + " characters; kept with the consent and in the audit log.")
        String consentReference,
    @NonNull @Description("The version of the notice on the paper form: the current one.")
        String noticeVersion) {}
