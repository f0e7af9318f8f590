package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Citizens.errorCode;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The typed rule condition (issue 14, ADR 24): a rule added with typedCondition reads back the same
 * fields and the same JSON as one added the old way; exactly one of the two is taken; a parameter
 * the kind does not take is refused, naming it.
 */
class RuleConditionIT extends DeployedApplication {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static final String ADD =
      "mutation($in: RuleVersionInput!) { addRuleVersion(input: $in) { ruleId version condition"
          + " typedCondition { kind symptoms withinDays levels statuses days feverFrom } } }";

  private final String supervisor = TestTokens.valid("staff:it-supervisor", List.of("SUPERVISOR"));

  @Test
  void addRuleVersion_WithATypedCondition_ReadsBackTheSameFieldsAndJson() {
    Map<String, Object> input = rule();
    input.put(
        "typedCondition", Map.of("kind", "ANY_SYMPTOM", "symptoms", List.of("COUGH", "FEVER")));
    JsonObject added = data(Api.graphql(ADD, Map.of("in", input), supervisor), "addRuleVersion");
    JsonObject typed = added.getJsonObject("typedCondition");
    assertThat(typed.getString("kind")).isEqualTo("ANY_SYMPTOM");
    assertThat(typed.getJsonArray("symptoms").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder("COUGH", "FEVER");
    assertThat(typed.isNull("withinDays")).isTrue();
    assertThat(added.getString("condition")).contains("\"kind\":\"ANY_SYMPTOM\"");

    // an old client's JSON string reads back typed as well
    Map<String, Object> old = rule();
    old.put("condition", "{\"kind\":\"STAY_IN\",\"levels\":[\"HIGH\"],\"withinDays\":14}");
    JsonObject stay =
        data(Api.graphql(ADD, Map.of("in", old), supervisor), "addRuleVersion")
            .getJsonObject("typedCondition");
    assertThat(stay.getString("kind")).isEqualTo("STAY_IN");
    assertThat(stay.getInt("withinDays")).isEqualTo(14);
  }

  @Test
  void addRuleVersion_WithBothOrNeitherCondition_IsInvalidRule() {
    Map<String, Object> both = rule();
    both.put("condition", "{\"kind\":\"UNDER_MEDICAL_OBSERVATION\"}");
    both.put("typedCondition", Map.of("kind", "UNDER_MEDICAL_OBSERVATION"));
    assertThat(errorCode(Api.graphql(ADD, Map.of("in", both), supervisor)))
        .isEqualTo("INVALID_RULE");
    assertThat(errorCode(Api.graphql(ADD, Map.of("in", rule()), supervisor)))
        .isEqualTo("INVALID_RULE");
  }

  @Test
  void addRuleVersion_WithAParameterTheKindDoesNotTake_IsInvalidRuleNamingIt() {
    Map<String, Object> input = rule();
    input.put("typedCondition", Map.of("kind", "ARRIVING_WITHIN", "days", 7, "withinDays", 3));
    Response response = Api.graphql(ADD, Map.of("in", input), supervisor);
    assertThat(errorCode(response)).isEqualTo("INVALID_RULE");
    assertThat(response.getErrors().get(0).getMessage()).contains("withinDays");
  }

  private static Map<String, Object> rule() {
    Map<String, Object> input = new HashMap<>();
    input.put("ruleId", "IT-TYPED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    input.put("description", "Typed condition test rule");
    input.put("outcome", "MANUAL_REVIEW");
    // in force only on a day a year ahead: the test rules never fire on other tests' declarations
    input.put("validFrom", TODAY.plusYears(1).toString());
    input.put("validTo", TODAY.plusYears(1).toString());
    return input;
  }
}
