package org.healthcode.declaration.graphql;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.RuleVersion;

@Type("Rule")
@Description("One version of a review rule.")
public record RuleView(
    @NonNull @Description("The rule id.") String ruleId,
    @NonNull @Description("The version, from 1.") int version,
    @NonNull @Description("What the rule means.") String description,
    @NonNull @Description("What it gives when it fires.") Outcome outcome,
    @NonNull @Description("The first day in force.") LocalDate validFrom,
    @Description("The last day in force; null for no end.") LocalDate validTo,
    @NonNull @Description("The condition as JSON (ADR 7); typedCondition has the same as fields.")
        String condition,
    @NonNull @Description("The condition as typed fields (ADR 24).") RuleCondition typedCondition,
    @NonNull @Description("When this version was added.") Instant createdAt,
    @NonNull @Description("Who added it (token subject).") String createdBy) {

  static RuleView of(RuleVersion rule) {
    return new RuleView(
        rule.id(),
        rule.version(),
        rule.description(),
        rule.outcome(),
        rule.validFrom(),
        rule.validTo(),
        rule.condition(),
        RuleCondition.of(rule.condition()),
        rule.createdAt(),
        rule.createdBy());
  }
}
