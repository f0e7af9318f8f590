package org.healthcode.declaration.graphql;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.RiskAreaDetails;
import org.healthcode.declaration.api.RiskLevel;

@Type("RiskArea")
@Description("A risk area and its validity.")
public record RiskAreaView(
    @NonNull @Id @Description("The area id.") String id,
    @NonNull @Description("GB/T 2260 or ISO 3166-1 alpha-3 code.") String region,
    @NonNull @Description("The risk level.") RiskLevel level,
    @NonNull @Description("The first day in force.") LocalDate validFrom,
    @Description("The last day in force; null while open-ended.") LocalDate validTo,
    @NonNull @Description("When it was created.") Instant createdAt,
    @NonNull @Description("Who created it (token subject).") String createdBy) {

  static RiskAreaView of(RiskAreaDetails area) {
    return new RiskAreaView(
        Long.toString(area.id()),
        area.region(),
        area.level(),
        area.validFrom(),
        area.validTo(),
        area.createdAt(),
        area.createdBy());
  }
}
