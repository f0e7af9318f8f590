package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.NewRuleVersion;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.domain.DeclarationErrorCodes;
import org.healthcode.platform.error.HealthCodeException;

@Input("RuleVersionInput")
@Description("A new version of a review rule (or the first version of a new rule).")
public record RuleVersionInput(
    @NonNull @Description("The rule id, upper-case words joined by '-', e.g. ORANGE-SYMPTOM.")
        String ruleId,
    @NonNull @Description("What the rule means, shown with every outcome it causes.")
        String description,
    @NonNull @Description("What the rule gives when it fires: RED, ORANGE or MANUAL_REVIEW.")
        Outcome outcome,
    @NonNull @Description("The first day in force: today or later.") LocalDate validFrom,
    @Description("The last day in force; omit for no end.") LocalDate validTo,
    @Description(
            "The condition as JSON, a kind and its parameters (ADR 7), e.g."
                + " {\"kind\":\"ANY_SYMPTOM\",\"symptoms\":[\"FEVER\"]}. Kept for existing"
                + " clients; new ones give typedCondition. Exactly one of the two.")
        String condition,
    @Description("The condition as typed fields (ADR 24). Exactly one of condition and this.")
        RuleCondition typedCondition) {

  NewRuleVersion toNewRuleVersion() {
    if ((condition == null) == (typedCondition == null)) {
      throw new HealthCodeException(
          DeclarationErrorCodes.INVALID_RULE,
          "condition: give either condition or typedCondition, exactly one");
    }
    String json = typedCondition != null ? typedCondition.toJson() : condition;
    return new NewRuleVersion(ruleId, description, outcome, validFrom, validTo, json);
  }
}
