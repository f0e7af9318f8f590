package org.healthcode.app.it.support;

import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClientBuilder;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * How tests reach the deployed server: typed GraphQL clients, raw GraphQL, plain HTTP. Every
 * request asks for English ({@code Accept-Language: en}), so the tests read the messages they
 * assert; {@code LanguageIT} checks the default (zh-CN) and the choice. Every answer's errors pass
 * {@link ErrorLeaks}: a test that sees a Java class name or its own personal data in an error
 * fails.
 */
public final class Api {

  /** The language the tests read, sent with every request. */
  public static final String LANGUAGE = "en";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A server this thread's requests go to instead of the configured one (cluster tests). */
  private static final ThreadLocal<URI> PINNED = new ThreadLocal<>();

  private Api() {}

  public static URI base() {
    URI pinned = PINNED.get();
    return pinned != null
        ? pinned
        : URI.create("http://127.0.0.1:" + System.getProperty("healthcode.it.httpPort") + "/");
  }

  /**
   * Runs {@code work} with this thread's requests sent to {@code server} (e.g. one node of a
   * cluster rather than its load balancer); the helpers in this package follow it.
   */
  public static <T> T on(URI server, java.util.function.Supplier<T> work) {
    URI before = PINNED.get();
    PINNED.set(server);
    try {
      return work.get();
    } finally {
      PINNED.set(before);
    }
  }

  public static String graphqlUrl() {
    return base().resolve("graphql").toString();
  }

  /** A typesafe client for an interface annotated with {@code @GraphQLClientApi}. */
  public static <T> T typed(Class<T> api) {
    return TypesafeGraphQLClientBuilder.newBuilder()
        .endpoint(graphqlUrl())
        .header("Accept-Language", LANGUAGE)
        .build(api);
  }

  /** Runs one document through the dynamic client and returns data and errors as they came. */
  public static Response graphql(String document) {
    return graphql(document, null);
  }

  /** The same, as the holder of the given bearer token (null: anonymous). */
  public static Response graphql(String document, String bearerToken) {
    DynamicGraphQLClientBuilder builder =
        DynamicGraphQLClientBuilder.newBuilder()
            .url(graphqlUrl())
            .header("Accept-Language", LANGUAGE);
    if (bearerToken != null) {
      builder.header("Authorization", "Bearer " + bearerToken);
    }
    try (DynamicGraphQLClient client = builder.build()) {
      return ErrorLeaks.check(client.executeSync(document));
    } catch (Exception e) {
      throw new IllegalStateException("GraphQL request failed: " + e, e);
    }
  }

  /**
   * Runs one document with variables, as the holder of the bearer token (none if {@code token} is
   * null), and returns data and errors as they came.
   */
  public static Response graphql(String document, Map<String, Object> variables, String token) {
    DynamicGraphQLClientBuilder builder =
        DynamicGraphQLClientBuilder.newBuilder()
            .url(graphqlUrl())
            .header("Accept-Language", LANGUAGE);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    try (DynamicGraphQLClient client = builder.build()) {
      return ErrorLeaks.check(client.executeSync(document, variables));
    } catch (Exception e) {
      throw new IllegalStateException("GraphQL request failed: " + e, e);
    }
  }

  public static HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base().resolve(path)).GET());
  }

  public static HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A raw JSON POST as the holder of a bearer token. */
  public static HttpResponse<String> postJsonAs(String bearerToken, String path, String json) {
    return send(
        HttpRequest.newBuilder(base().resolve(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearerToken)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A raw GraphQL POST with a bearer token, for checks on the HTTP status itself. */
  public static HttpResponse<String> postGraphql(String document, String bearerToken) {
    String body = jakarta.json.Json.createObjectBuilder().add("query", document).build().toString();
    return send(
        HttpRequest.newBuilder(base().resolve("graphql"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearerToken)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * A raw GraphQL POST asking for a language ({@code acceptLanguage} as the header's value, none
   * when null), for the checks on the language the API answers in.
   */
  public static HttpResponse<String> postGraphqlIn(
      String acceptLanguage, String document, Map<String, Object> variables, String bearerToken) {
    jakarta.json.JsonObjectBuilder body =
        jakarta.json.Json.createObjectBuilder().add("query", document);
    if (variables != null) {
      body.add("variables", jakarta.json.Json.createObjectBuilder(variables));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve("graphql"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
            .timeout(Duration.ofSeconds(30));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      ErrorLeaks.checkBody(response.body());
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.header("Accept-Language", LANGUAGE).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      ErrorLeaks.checkBody(response.body());
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
