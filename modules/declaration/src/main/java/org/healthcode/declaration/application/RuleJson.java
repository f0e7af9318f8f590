package org.healthcode.declaration.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.RiskLevel;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.domain.Condition;
import org.healthcode.declaration.domain.ConditionKind;
import org.healthcode.declaration.domain.Contradiction;
import org.healthcode.declaration.domain.DeclarationErrorCodes;
import org.healthcode.declaration.domain.Rule;
import org.healthcode.platform.error.HealthCodeException;

/**
 * The stored form of a rule version: one JSON object, its condition's parameters beside its kind.
 * Reading is strict: an unknown kind, a missing, unknown or mistyped field and an unknown enum
 * value are refused with {@code INVALID_RULE} naming the field, so no stored rule is silently
 * misread.
 *
 * <pre>{"id":"RED-CONFIRMED-CASE","version":1,"description":"...","outcome":"RED",
 *  "validFrom":"2020-02-29","validTo":null,
 *  "condition":{"kind":"CASE_STATUS","statuses":["CONFIRMED","SUSPECTED"]}}</pre>
 */
public final class RuleJson {

  /** The baseline rules of DESIGN §3, shipped beside this class. */
  public static final String BASELINE_RESOURCE = "baseline-rules.json";

  private static final Set<String> RULE_FIELDS =
      Set.of("id", "version", "description", "outcome", "validFrom", "validTo", "condition");

  private static final Map<ConditionKind, Set<String>> PARAMETERS =
      Map.of(
          ConditionKind.CASE_STATUS, Set.of("statuses"),
          ConditionKind.CONTACT_WITH_CASE, Set.of("kinds", "withinDays"),
          ConditionKind.FEVER_AND_STAY_IN, Set.of("minTemperature", "levels", "withinDays"),
          ConditionKind.STAY_IN, Set.of("levels", "withinDays"),
          ConditionKind.ANY_SYMPTOM, Set.of("symptoms"),
          ConditionKind.ARRIVING_WITHIN, Set.of("days"),
          ConditionKind.UNDER_MEDICAL_OBSERVATION, Set.of(),
          ConditionKind.INCONSISTENT, Set.of("contradictions", "feverFrom"));

  private RuleJson() {}

  public static String write(Rule rule) {
    return toJson(rule).toString();
  }

  public static Rule read(String text) {
    return fromJson(parse(text, "rule").asJsonObject());
  }

  /** Reads a JSON array of rules, e.g. the baseline resource. */
  public static List<Rule> readAll(InputStream in) {
    JsonStructure structure;
    try (var reader = Json.createReader(in)) {
      structure = reader.read();
    } catch (JsonException e) {
      throw invalid("rules", "is not valid JSON: " + e.getMessage());
    }
    if (!(structure instanceof JsonArray array)) {
      throw invalid("rules", "must be a JSON array");
    }
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue value = array.get(i);
      if (!(value instanceof JsonObject object)) {
        throw invalid("rules[" + i + "]", "must be an object");
      }
      try {
        rules.add(fromJson(object));
      } catch (HealthCodeException e) {
        throw new HealthCodeException(e.code(), "rules[" + i + "]." + e.getMessage());
      }
    }
    return List.copyOf(rules);
  }

  /** The baseline rules of DESIGN §3, as a migration inserts them. */
  public static List<Rule> baseline() {
    try (InputStream in = RuleJson.class.getResourceAsStream(BASELINE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BASELINE_RESOURCE + " is missing from the build");
      }
      return readAll(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A rule version from its parts, the condition given as JSON text (as stored, or as a supervisor
   * sends it); refused with {@code INVALID_RULE} naming the field.
   */
  public static Rule read(
      String id,
      int version,
      String description,
      Outcome outcome,
      LocalDate validFrom,
      LocalDate validTo,
      String conditionJson) {
    JsonObject condition = parse(conditionJson, "condition").asJsonObject();
    return new Rule(
        id, version, description, outcome, validFrom, validTo, conditionFromJson(condition));
  }

  /** The condition of the rule as stored: its JSON object, kind and parameters. */
  public static String writeCondition(Rule rule) {
    return conditionToJson(rule.condition()).toString();
  }

  public static JsonObject toJson(Rule rule) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", rule.id())
            .add("version", rule.version())
            .add("description", rule.description())
            .add("outcome", rule.outcome().name())
            .add("validFrom", rule.validFrom().toString());
    if (rule.validTo() == null) {
      json.addNull("validTo");
    } else {
      json.add("validTo", rule.validTo().toString());
    }
    return json.add("condition", conditionToJson(rule.condition())).build();
  }

  private static JsonObject conditionToJson(Condition condition) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("kind", condition.kind().name());
    if (condition instanceof Condition.CaseStatusIn c) {
      json.add("statuses", names(c.statuses()));
    } else if (condition instanceof Condition.ContactWithCase c) {
      json.add("kinds", names(c.kinds())).add("withinDays", c.withinDays());
    } else if (condition instanceof Condition.FeverAndStayIn c) {
      json.add("minTemperature", c.minTemperature())
          .add("levels", names(c.levels()))
          .add("withinDays", c.withinDays());
    } else if (condition instanceof Condition.StayIn c) {
      json.add("levels", names(c.levels())).add("withinDays", c.withinDays());
    } else if (condition instanceof Condition.AnySymptom c) {
      json.add("symptoms", names(c.symptoms()));
    } else if (condition instanceof Condition.ArrivingWithin c) {
      json.add("days", c.days());
    } else if (condition instanceof Condition.Inconsistent c) {
      json.add("contradictions", names(c.contradictions()));
      if (c.feverFrom() != null) {
        json.add("feverFrom", c.feverFrom());
      }
    }
    // UNDER_MEDICAL_OBSERVATION has no parameters
    return json.build();
  }

  public static Rule fromJson(JsonObject json) {
    var rule = new Fields(json, "", RULE_FIELDS);
    return new Rule(
        rule.string("id"),
        rule.integer("version"),
        rule.string("description"),
        rule.enumValue("outcome", Outcome.class),
        rule.date("validFrom"),
        rule.optionalDate("validTo"),
        conditionFromJson(rule.object("condition")));
  }

  private static Condition conditionFromJson(JsonObject json) {
    String kindName = new Fields(json, "condition.", null).string("kind");
    ConditionKind kind = enumOf(ConditionKind.class, kindName, "condition.kind");
    Set<String> allowed = new LinkedHashSet<>(PARAMETERS.get(kind));
    allowed.add("kind");
    var c = new Fields(json, "condition.", allowed);
    switch (kind) {
      case CASE_STATUS:
        return new Condition.CaseStatusIn(c.enumSet("statuses", CaseStatus.class));
      case CONTACT_WITH_CASE:
        return new Condition.ContactWithCase(
            c.enumSet("kinds", CaseContactKind.class), c.integer("withinDays"));
      case FEVER_AND_STAY_IN:
        return new Condition.FeverAndStayIn(
            c.decimal("minTemperature"),
            c.enumSet("levels", RiskLevel.class),
            c.integer("withinDays"));
      case STAY_IN:
        return new Condition.StayIn(c.enumSet("levels", RiskLevel.class), c.integer("withinDays"));
      case ANY_SYMPTOM:
        return new Condition.AnySymptom(c.enumSet("symptoms", Symptom.class));
      case ARRIVING_WITHIN:
        return new Condition.ArrivingWithin(c.integer("days"));
      case UNDER_MEDICAL_OBSERVATION:
        return new Condition.UnderMedicalObservation();
      case INCONSISTENT:
        return new Condition.Inconsistent(
            c.enumSet("contradictions", Contradiction.class), c.optionalDecimal("feverFrom"));
      default:
        throw new IllegalStateException("condition kind without a reader: " + kind);
    }
  }

  private static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(value -> array.add(value.name()));
    return array;
  }

  private static JsonValue parse(String text, String field) {
    if (text == null) {
      throw invalid(field, "is required");
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid(field, "must be a JSON object");
      }
      return value;
    } catch (JsonException e) {
      throw invalid(field, "is not valid JSON: " + e.getMessage());
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw invalid(
          field, "unknown value \"" + name + "\", expected one of " + EnumSet.allOf(type));
    }
  }

  private static HealthCodeException invalid(String field, String problem) {
    return new HealthCodeException(DeclarationErrorCodes.INVALID_RULE, field + ": " + problem);
  }

  /** Typed, strict access to the fields of one JSON object; prefix names them in messages. */
  private static final class Fields {
    private final JsonObject json;
    private final String prefix;

    Fields(JsonObject json, String prefix, Set<String> allowed) {
      this.json = json;
      this.prefix = prefix;
      if (allowed != null) {
        for (String key : json.keySet()) {
          if (!allowed.contains(key)) {
            throw invalid(prefix + key, "unknown field, expected one of " + allowed);
          }
        }
      }
    }

    private <T extends JsonValue> T value(String name, Class<T> type, String typeName) {
      JsonValue value = json.get(name);
      if (value == null || value == JsonValue.NULL) {
        throw invalid(prefix + name, "is required");
      }
      if (!type.isInstance(value)) {
        throw invalid(prefix + name, "must be " + typeName);
      }
      return type.cast(value);
    }

    String string(String name) {
      return value(name, JsonString.class, "a string").getString();
    }

    int integer(String name) {
      JsonNumber number = value(name, JsonNumber.class, "a number");
      try {
        return number.bigDecimalValue().intValueExact();
      } catch (ArithmeticException e) {
        throw invalid(prefix + name, "must be a whole number, was " + number);
      }
    }

    BigDecimal decimal(String name) {
      return value(name, JsonNumber.class, "a number").bigDecimalValue();
    }

    BigDecimal optionalDecimal(String name) {
      JsonValue value = json.get(name);
      return value == null || value == JsonValue.NULL ? null : decimal(name);
    }

    JsonObject object(String name) {
      return value(name, JsonObject.class, "an object");
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      return enumOf(type, string(name), prefix + name);
    }

    LocalDate date(String name) {
      return parseDate(name, string(name));
    }

    LocalDate optionalDate(String name) {
      JsonValue value = json.get(name);
      return value == null || value == JsonValue.NULL ? null : date(name);
    }

    private LocalDate parseDate(String name, String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw invalid(prefix + name, "must be a date like 2020-02-29, was \"" + text + "\"");
      }
    }

    <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
      JsonArray array = value(name, JsonArray.class, "an array");
      Set<E> values = EnumSet.noneOf(type);
      for (int i = 0; i < array.size(); i++) {
        String field = prefix + name + "[" + i + "]";
        JsonValue element = array.get(i);
        if (!(element instanceof JsonString text)) {
          throw invalid(field, "must be a string");
        }
        values.add(enumOf(type, text.getString(), field));
      }
      return values;
    }
  }
}
