package org.healthcode.declaration.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.domain.ConditionKind;
import org.healthcode.declaration.domain.Contradiction;

/** A stored rule's condition as typed fields (the same fields as RuleConditionInput). */
@Type("RuleCondition")
@Description("A rule's condition: its kind and that kind's parameters (ADR 7); the others null.")
public record RuleConditionView(
    @NonNull @Description("What the condition tests.") ConditionKind kind,
    @Description("CASE_STATUS: the declared case statuses that fire.") List<CaseStatus> statuses,
    @Description("CONTACT_WITH_CASE: the kinds of contact that fire.") List<CaseContactKind> kinds,
    @Description("CONTACT_WITH_CASE, FEVER_AND_STAY_IN, STAY_IN: the window in days.")
        Integer withinDays,
    @Description("FEVER_AND_STAY_IN: the lowest temperature in °C that counts as fever.")
        BigDecimal minTemperature,
    @Description("FEVER_AND_STAY_IN, STAY_IN: the risk levels of the areas.")
        List<RiskLevel> levels,
    @Description("ANY_SYMPTOM: the symptoms, any one of which fires.") List<Symptom> symptoms,
    @Description("ARRIVING_WITHIN: fewer than this many days since arrival.") Integer days,
    @Description("INCONSISTENT: the contradictions that fire.") List<Contradiction> contradictions,
    @Description("INCONSISTENT: the temperature from which an unticked fever contradicts.")
        BigDecimal feverFrom) {

  /** Reads the stored JSON (already validated when the rule was added). */
  static RuleConditionView of(String conditionJson) {
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(conditionJson))) {
      json = reader.readObject();
    }
    return new RuleConditionView(
        ConditionKind.valueOf(json.getString("kind")),
        list(json, "statuses", CaseStatus::valueOf),
        list(json, "kinds", CaseContactKind::valueOf),
        integer(json, "withinDays"),
        decimal(json, "minTemperature"),
        list(json, "levels", RiskLevel::valueOf),
        list(json, "symptoms", Symptom::valueOf),
        integer(json, "days"),
        list(json, "contradictions", Contradiction::valueOf),
        decimal(json, "feverFrom"));
  }

  private static <E> List<E> list(JsonObject json, String field, Function<String, E> value) {
    JsonArray array = json.containsKey(field) ? json.getJsonArray(field) : null;
    return array == null
        ? null
        : array.getValuesAs(JsonString.class).stream()
            .map(s -> value.apply(s.getString()))
            .toList();
  }

  private static Integer integer(JsonObject json, String field) {
    return json.containsKey(field) && !json.isNull(field) ? json.getInt(field) : null;
  }

  private static BigDecimal decimal(JsonObject json, String field) {
    return json.containsKey(field) && !json.isNull(field)
        ? json.getJsonNumber(field).bigDecimalValue()
        : null;
  }
}
