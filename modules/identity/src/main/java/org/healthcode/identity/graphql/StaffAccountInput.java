package org.healthcode.identity.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StaffAccountInput")
@Description("A new staff account.")
public record StaffAccountInput(
    @NonNull @Description("3 to 40 characters: lower-case letters, digits, '.' and '-'.")
        String username,
    @NonNull
        @Description(
            "At least 12 characters and not the username; the server keeps only a slow hash.")
        String password,
    @NonNull
        @Description(
            "At least one. ADMIN cannot be combined with a health role; REVIEWER cannot be"
                + " combined with SUPERVISOR.")
        List<@NonNull StaffRole> roles) {}
