package org.healthcode.app.it.support;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every error message the integration tests see is checked here (issue 19): no Java class or
 * package ({@code org.}, {@code java.}, {@code jakarta.}) and none of the plain personal data the
 * tests themselves sent (names, document numbers, phone numbers, remembered by {@link Citizens}).
 * {@link Api} calls it on every GraphQL answer, so the test that saw a leak fails with it.
 */
public final class ErrorLeaks {

  private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:org|java|jakarta)\\.[a-z]");

  /** Plain personal data the tests sent; short values are left out (they match too much). */
  private static final Set<String> PERSONAL = ConcurrentHashMap.newKeySet();

  private ErrorLeaks() {}

  /** Remembers a plain personal value a test sends (a name, a document or phone number). */
  public static void remember(String value) {
    if (value != null && value.length() >= 6) {
      PERSONAL.add(value);
    }
  }

  /** Fails if an error of the response leaks; returns the response. */
  public static Response check(Response response) {
    List<GraphQLError> errors = response.getErrors();
    if (errors != null) {
      for (GraphQLError error : errors) {
        check(error.getMessage(), String.valueOf(error.getExtensions()));
      }
    }
    return response;
  }

  /** Fails if a raw JSON answer's errors leak (a body that is not JSON is left alone). */
  public static String checkBody(String body) {
    if (body == null || !body.trim().startsWith("{")) {
      return body;
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      return body;
    }
    if (json.get("errors") instanceof JsonArray errors) {
      for (JsonValue error : errors) {
        JsonObject object = error.asJsonObject();
        check(object.getString("message", ""), String.valueOf(object.get("extensions")));
      }
    }
    return body;
  }

  static void check(String message, String extensions) {
    for (String text : List.of(message == null ? "" : message, extensions)) {
      if (JAVA_NAME.matcher(text).find()) {
        throw new AssertionError("An error names a Java class or package: " + text);
      }
      for (String personal : PERSONAL) {
        if (text.contains(personal)) {
          throw new AssertionError("An error contains personal data the test sent: " + text);
        }
      }
    }
  }
}
