package org.healthcode.declaration.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.domain.ConditionKind;
import org.healthcode.declaration.domain.Contradiction;
import org.healthcode.declaration.domain.DeclarationErrorCodes;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A rule's condition as typed fields instead of a JSON string (issue 14): the kind and the
 * parameters that kind takes (ADR 7), the others left out. One record is both the GraphQL input
 * ({@code RuleConditionInput}) and the output type ({@code RuleCondition}), so the two cannot drift
 * apart. An input is turned into the same JSON the rules are stored as and read by the same strict
 * reader, so a parameter the kind does not take is refused with INVALID_RULE naming it; a stored
 * rule's JSON is read back into it for display.
 */
@Type("RuleCondition")
@Input("RuleConditionInput")
@Description(
    "A rule's condition: its kind and that kind's parameters (ADR 7); the others are left out"
        + " (null). CASE_STATUS: statuses. CONTACT_WITH_CASE: kinds, withinDays."
        + " FEVER_AND_STAY_IN: minTemperature, levels, withinDays. STAY_IN: levels, withinDays."
        + " ANY_SYMPTOM: symptoms. ARRIVING_WITHIN: days. UNDER_MEDICAL_OBSERVATION: none."
        + " INCONSISTENT: contradictions, feverFrom (optional).")
public record RuleCondition(
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
  static RuleCondition of(String conditionJson) {
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(conditionJson))) {
      json = reader.readObject();
    }
    return new RuleCondition(
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

  /** The condition as the JSON the rules are stored in (RuleJson reads it strictly). */
  String toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder().add("kind", kind.name());
    names(json, "statuses", statuses);
    names(json, "kinds", kinds);
    if (withinDays != null) {
      json.add("withinDays", withinDays);
    }
    if (minTemperature != null) {
      json.add("minTemperature", minTemperature);
    }
    names(json, "levels", levels);
    names(json, "symptoms", symptoms);
    if (days != null) {
      json.add("days", days);
    }
    names(json, "contradictions", contradictions);
    if (feverFrom != null) {
      json.add("feverFrom", feverFrom);
    }
    return json.build().toString();
  }

  private static void names(JsonObjectBuilder json, String field, List<? extends Enum<?>> values) {
    if (values != null) {
      if (values.contains(null)) {
        throw new HealthCodeException(
            DeclarationErrorCodes.INVALID_RULE, "condition." + field + ": no empty entries");
      }
      JsonArrayBuilder array = Json.createArrayBuilder();
      values.forEach(value -> array.add(value.name()));
      json.add(field, array);
    }
  }
}
