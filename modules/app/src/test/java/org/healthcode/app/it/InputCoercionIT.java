package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, finding 4: a value that is not of its type, anywhere in any operation's input, gives
 * one clean error: INVALID_QUERY naming the field where known, without the Java class, without the
 * input's values, and without a second INTERNAL error for the field that could not run.
 */
class InputCoercionIT extends DeployedApplication {

  private static final String REGISTER =
      "mutation($in: PersonInput!) { registerSelf(input: $in) { id } }";

  @Test
  void registerSelf_WhenDateOfBirthIsMalformed_GivesOneCleanError() {
    String token = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> person = new HashMap<>(Citizens.residentPerson("Zhang Weiguo"));
    person.put("dateOfBirth", "31/12/1949");

    JsonObject error = onlyError(Api.postGraphqlIn("en", REGISTER, Map.of("in", person), token));

    assertClean(error, "Zhang Weiguo", (String) person.get("documentNumber"), "31/12/1949");
    assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("input");
  }

  @Test
  void registerSelf_WhenDateOfBirthIsMalformedInALiteral_NamesTheField() {
    String token = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> person = Citizens.residentPerson("Zhang Weiguo");
    String document =
        "mutation { registerSelf(input: {name: \"Zhang Weiguo\", documentType: RESIDENT_ID_CARD,"
            + " documentNumber: \""
            + person.get("documentNumber")
            + "\", dateOfBirth: \"31/12/1949\", sex: MALE, nationality: \"CHN\","
            + " homeDistrict: HEPING}) { id } }";

    JsonObject error = onlyError(Api.postGraphqlIn("en", document, null, token));

    assertClean(error, "Zhang Weiguo", (String) person.get("documentNumber"), "31/12/1949");
  }

  @Test
  void scan_WhenTemperatureIsNaN_GivesOneCleanErrorWithoutTheCodeToken() {
    Venues.Device device = Venues.newDevice();
    Map<String, Object> input =
        Map.of(
            "codeToken", "SECRET-CODE-TOKEN-4711", "scanId", "scan-nan-0001", "temperature", "NaN");

    JsonObject error =
        onlyError(
            Api.postGraphqlIn(
                "en",
                "mutation($in: ScanInput!) { scan(input: $in) { outcome } }",
                Map.of("in", input),
                device.token()));

    assertClean(error, "SECRET-CODE-TOKEN-4711", "NaN");
  }

  @Test
  void scan_WhenTemperatureIsNaNInALiteral_NamesTemperature() {
    Venues.Device device = Venues.newDevice();

    JsonObject error =
        onlyError(
            Api.postGraphqlIn(
                "en",
                "mutation { scan(input: {codeToken: \"SECRET-CODE-TOKEN-4711\", scanId:"
                    + " \"scan-nan-0002\", temperature: \"NaN\"}) { outcome } }",
                null,
                device.token()));

    assertClean(error, "SECRET-CODE-TOKEN-4711", "NaN");
    assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("temperature");
  }

  @Test
  void date_WhenALiteralIsNotADate_GivesOneErrorNamingTheArgument() {
    String analyst = TestTokens.valid("staff:analyst-dates", List.of("ANALYST"));

    JsonObject error =
        onlyError(
            Api.postGraphqlIn(
                "en",
                "{ colourCountSeries(from: \"2026-13-01\", to: \"2026-11-30\") { day } }",
                null,
                analyst));

    assertClean(error, "2026-13-01");
    assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("from");
  }

  @Test
  void dateTime_WhenAVariableIsNotADateTime_GivesOneError() {
    String analyst = TestTokens.valid("staff:analyst-dates", List.of("ANALYST"));

    JsonObject error =
        onlyError(
            Api.postGraphqlIn(
                "en",
                "query($f: DateTime!) { scanStatistics(from: $f, to: \"2026-11-02T00:00:00Z\")"
                    + " { edges { cursor } } }",
                Map.of("f", "yesterday at noon"),
                analyst));

    assertClean(error, "yesterday at noon");
  }

  private static JsonObject onlyError(HttpResponse<String> response) {
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    JsonArray errors = body.getJsonArray("errors");
    assertThat(errors).as("errors of %s", response.body()).hasSize(1);
    return errors.getJsonObject(0);
  }

  private static void assertClean(JsonObject error, String... inputValues) {
    String text = error.toString();
    assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_QUERY");
    assertThat(text).doesNotContain("org.", "java.", "jakarta.", "Exception", "StringValue");
    assertThat(text).doesNotContain(inputValues);
  }
}
