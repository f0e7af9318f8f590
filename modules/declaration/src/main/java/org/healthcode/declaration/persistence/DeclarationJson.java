package org.healthcode.declaration.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.District;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.Stay;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.api.Transport;

/** The stored JSON form of a declaration's answers and of the rules its review fired. */
final class DeclarationJson {

  private DeclarationJson() {}

  static String writeAnswers(DeclarationForm form) {
    JsonObjectBuilder location = Json.createObjectBuilder();
    nullable(location, "district", form.location().district());
    location.add("address", form.location().address());
    JsonArrayBuilder symptoms = Json.createArrayBuilder();
    form.symptoms().forEach(symptom -> symptoms.add(symptom.name()));
    JsonArrayBuilder stays = Json.createArrayBuilder();
    form.stays()
        .forEach(
            stay ->
                stays.add(
                    Json.createObjectBuilder()
                        .add("region", stay.region())
                        .add("from", stay.from().toString())
                        .add("to", stay.to().toString())));
    JsonObjectBuilder contact =
        Json.createObjectBuilder().add("kind", form.caseContact().kind().name());
    nullable(contact, "lastContact", form.caseContact().lastContact());
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("location", location)
            .add("symptoms", symptoms)
            .add("temperature", form.temperature())
            .add("stays", stays)
            .add("caseContact", contact)
            .add("caseStatus", form.caseStatus().name())
            .add("underMedicalObservation", form.underMedicalObservation());
    if (form.arrival() == null) {
      json.addNull("arrival");
    } else {
      json.add(
          "arrival",
          Json.createObjectBuilder()
              .add("origin", form.arrival().origin())
              .add("plannedArrival", form.arrival().plannedArrival().toString())
              .add("transport", form.arrival().transport().name()));
    }
    return json.build().toString();
  }

  static DeclarationForm readAnswers(String text) {
    JsonObject json = parse(text);
    JsonObject location = json.getJsonObject("location");
    Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    json.getJsonArray("symptoms").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(s -> Symptom.valueOf(s.getString()))
        .forEach(symptoms::add);
    List<Stay> stays =
        json.getJsonArray("stays").getValuesAs(JsonObject.class).stream()
            .map(
                stay ->
                    new Stay(
                        stay.getString("region"),
                        LocalDate.parse(stay.getString("from")),
                        LocalDate.parse(stay.getString("to"))))
            .toList();
    JsonObject contact = json.getJsonObject("caseContact");
    JsonValue arrivalValue = json.get("arrival");
    Arrival arrival = null;
    if (arrivalValue != null && arrivalValue != JsonValue.NULL) {
      JsonObject a = arrivalValue.asJsonObject();
      arrival =
          new Arrival(
              a.getString("origin"),
              LocalDate.parse(a.getString("plannedArrival")),
              Transport.valueOf(a.getString("transport")));
    }
    return new DeclarationForm(
        new CurrentLocation(
            location.isNull("district") ? null : District.valueOf(location.getString("district")),
            location.getString("address")),
        symptoms,
        json.getJsonNumber("temperature").bigDecimalValue(),
        stays,
        new CaseContact(
            CaseContactKind.valueOf(contact.getString("kind")),
            contact.isNull("lastContact")
                ? null
                : LocalDate.parse(contact.getString("lastContact"))),
        CaseStatus.valueOf(json.getString("caseStatus")),
        json.getBoolean("underMedicalObservation"),
        arrival);
  }

  static String writeFiredRules(List<FiredRule> rules) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    rules.forEach(
        rule ->
            array.add(
                Json.createObjectBuilder()
                    .add("id", rule.id())
                    .add("version", rule.version())
                    .add("description", rule.description())
                    .add("outcome", rule.outcome().name())));
    return array.build().toString();
  }

  static List<FiredRule> readFiredRules(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              rule ->
                  new FiredRule(
                      rule.getString("id"),
                      rule.getInt("version"),
                      rule.getString("description"),
                      Outcome.valueOf(rule.getString("outcome"))))
          .toList();
    }
  }

  private static JsonObject parse(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static void nullable(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }
}
