package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.RiskLevel;

@Input("CreateRiskAreaInput")
@Description("A new risk area.")
public record CreateRiskAreaInput(
    @NonNull
        @Description(
            "GB/T 2260 code (a province or city covers everything beneath it) or ISO 3166-1"
                + " alpha-3 country code.")
        String region,
    @NonNull @Description("The risk level.") RiskLevel level,
    @NonNull @Description("The first day in force.") LocalDate validFrom,
    @Description("The last day in force; omit while no end is announced.") LocalDate validTo,
    @NonNull @Description("Why, 1 to 500 characters; kept in the audit log.") String reason) {}
