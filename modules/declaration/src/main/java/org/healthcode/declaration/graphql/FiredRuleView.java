package org.healthcode.declaration.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;

@Type("FiredRule")
@Description("A rule that fired in a review, as it was at the time (id and version).")
public record FiredRuleView(
    @NonNull @Description("The rule id.") String ruleId,
    @NonNull @Description("The rule version that fired.") int version,
    @NonNull @Description("What the rule means, in the caller's language for the baseline rules.")
        String description,
    @NonNull @Description("What the rule gives.") Outcome outcome) {

  static FiredRuleView of(FiredRule rule) {
    return new FiredRuleView(
        rule.id(),
        rule.version(),
        DeclarationTexts.ruleDescription(rule.id(), rule.version(), rule.description()),
        rule.outcome());
  }
}
