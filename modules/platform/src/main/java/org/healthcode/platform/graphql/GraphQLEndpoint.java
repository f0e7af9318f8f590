package org.healthcode.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthcode.platform.HealthCodeModule;
import org.healthcode.platform.cluster.Conflicts;
import org.healthcode.platform.database.DatabaseFaults;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.ErrorTexts;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.http.ClientAddress;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;
import org.healthcode.platform.security.BearerTokens;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.TokenRevocations;
import org.healthcode.platform.text.Texts;

/**
 * The one GraphQL endpoint: {@code POST /graphql} with a JSON body. Verifies the bearer token, if
 * any (refused with UNAUTHENTICATED before anything runs when it does not verify, HTTP 200 like a
 * missing token, docs/adr/0018), runs the request through SmallRye's execution service as the
 * token's caller, and guarantees that every error in the answer carries {@code extensions.code}:
 * errors from our code carry their own; errors raised by graphql-java itself (syntax, validation,
 * depth and complexity limits) are given one here. Each request runs in the language its {@code
 * Accept-Language} prefers (zh-CN by default, docs/adr/0021), and every error message is given in
 * it ({@link ErrorTexts}).
 */
public class GraphQLEndpoint extends HttpServlet {

  /**
   * A request body above this size is refused before it is parsed: 256 KiB, so that a gate's upload
   * of 500 offline scans (about 200 KB, docs/adr/0033) fits; the document's tokens stay bounded.
   */
  static final int MAX_REQUEST_BYTES = 256 * 1024;

  private static final String JSON = "application/json;charset=UTF-8";

  private static final String UNPARSEABLE = "Unparseable input document";

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(GraphQLEndpoint.class.getName());

  /**
   * Looked up once: every {@code Json.createXxx} call looks the provider up again, through a
   * class-loader search that cost 11 % of a persisted scan's server CPU (docs/adr/0015, 0046).
   */
  private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

  private static final JsonReaderFactory READERS = JSON_PROVIDER.createReaderFactory(Map.of());

  @Inject ExecutionService executionService;

  @Inject Instance<HealthCodeModule> modules;

  @Inject TokenRevocations revocations;

  private BearerTokens tokens;

  private ErrorTexts errorTexts;

  private PersistedOperations persisted;

  /**
   * Answers without errors written straight from the result (docs/adr/0040); off only to measure
   * what that saves ({@code healthcode.graphql.directAnswers=false}).
   */
  private boolean directAnswers = true;

  /** Where the war keeps the documents clients may name by hash (docs/adr/0040). */
  static final String PERSISTED_DIRECTORY = "/WEB-INF/persisted-operations/";

  @Override
  public void init() {
    persisted =
        PersistedOperations.register(
            persistedDocuments(),
            (graphql.schema.GraphQLSchema)
                getServletContext()
                    .getAttribute(io.smallrye.graphql.servlet.SchemaServlet.SCHEMA_PROP));
    LOG.info(() -> "Persisted GraphQL operations registered: " + persisted.size());
    directAnswers =
        ConfigProvider.getConfig()
            .getOptionalValue("healthcode.graphql.directAnswers", Boolean.class)
            .orElse(true);
    tokens =
        BearerTokens.fromConfig(ConfigProvider.getConfig())
            .checkingRevocations(revocations::isRevoked);
    List<Messages> bundles = new ArrayList<>();
    for (HealthCodeModule module : modules) {
      bundles.add(Messages.of(module.messagesBaseName(), module.getClass()));
    }
    errorTexts = new ErrorTexts(bundles);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    response.setHeader("Content-Language", language.tag());
    response.setHeader("Vary", "Accept-Language");
    String authorization = request.getHeader("Authorization");
    Optional<Caller> caller =
        authorization == null || authorization.isBlank()
            ? Optional.of(Caller.anonymous())
            : tokens.verify(authorization);
    if (caller.isEmpty()) {
      // nothing may run on behalf of a caller whose token did not verify, not even anonymously;
      // answered like a missing token (HTTP 200, UNAUTHENTICATED): one answer for both, as the
      // GraphQL-over-HTTP spec has it for application/json (docs/adr/0018)
      refuse(
          response,
          language,
          200,
          ErrorCodes.UNAUTHENTICATED,
          "The bearer token is invalid or expired");
      return;
    }
    if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      refuse(
          response,
          language,
          413,
          ErrorCodes.QUERY_TOO_LARGE,
          "Request body over " + MAX_REQUEST_BYTES + " bytes");
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), MAX_REQUEST_BYTES + 1);
    if (body.length > MAX_REQUEST_BYTES) {
      refuse(
          response,
          language,
          413,
          ErrorCodes.QUERY_TOO_LARGE,
          "Request body over " + MAX_REQUEST_BYTES + " bytes");
      return;
    }
    if (JsonNesting.deeperThan(body, JsonNesting.MAX_DEPTH)) {
      refuse(
          response,
          language,
          400,
          ErrorCodes.INVALID_QUERY,
          "The body nests deeper than " + JsonNesting.MAX_DEPTH + " levels");
      return;
    }
    JsonObject input;
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      input = reader.readObject();
    } catch (RuntimeException e) {
      // JsonException for a syntax error; the parser's own limits throw plain RuntimeExceptions
      refuse(response, language, 400, ErrorCodes.INVALID_QUERY, "The body is not a JSON object");
      return;
    }
    Optional<String> persistedHash = persistedHash(input);
    boolean hasQuery =
        input.containsKey("query")
            && input.get("query").getValueType() == JsonValue.ValueType.STRING;
    if (persistedHash.isPresent() && !PersistedOperations.isSha256Hex(persistedHash.get())) {
      refuse(
          response,
          language,
          400,
          ErrorCodes.INVALID_QUERY,
          "extensions.persistedQuery.sha256Hash is not a SHA-256 in lower-case hex");
      return;
    }
    JsonObject normalisedInput;
    String query;
    if (persistedHash.isPresent() && !hasQuery) {
      Optional<String> document = persisted.document(persistedHash.get());
      if (document.isEmpty()) {
        // HTTP 200, as Apollo's clients expect before they send the document itself
        refuse(
            response,
            language,
            200,
            ErrorCodes.PERSISTED_QUERY_NOT_FOUND,
            "No persisted document with this hash");
        return;
      }
      // a registered document is in normal form C already: only the variables are normalised
      query = document.get();
      normalisedInput = persistedInput(query, input);
    } else {
      if (!hasQuery) {
        refuse(
            response, language, 400, ErrorCodes.INVALID_QUERY, "The body has no \"query\" string");
        return;
      }
      query = input.getString("query");
      if (persistedHash.isPresent()
          && !PersistedOperations.sha256Hex(query).equals(persistedHash.get())) {
        refuse(
            response,
            language,
            400,
            ErrorCodes.PERSISTED_QUERY_HASH_MISMATCH,
            "The query does not have the hash sent with it");
        return;
      }
      // every text in Unicode normal form C before anything reads it (Texts, docs/adr/0025)
      normalisedInput = (JsonObject) normalised(input);
    }
    ExecutionResponse answer;
    try {
      answer = execute(normalisedInput, language, caller.get(), request);
    } catch (RuntimeException e) {
      // never Liberty's HTML page with a class name: a fault here is ours, logged with its stack
      LOG.log(java.util.logging.Level.SEVERE, "GraphQL execution failed", e);
      refuse(response, language, 500, ErrorCodes.INTERNAL, "System error");
      return;
    }
    String direct = directAnswers ? withoutErrors(answer) : null;
    if (direct != null) {
      write(response, 200, direct);
      return;
    }
    JsonObject result = numericRetryAfter(inLanguage(withErrorCodes(answer, query), language));
    retryAfter(result).ifPresent(seconds -> response.setHeader("Retry-After", seconds.toString()));
    write(response, 200, result);
  }

  /**
   * The war's persisted documents, by file name, each as {@link PersistedOperations#documentOf}.
   */
  private Map<String, String> persistedDocuments() {
    Map<String, String> documents = new java.util.TreeMap<>();
    java.util.Set<String> paths = getServletContext().getResourcePaths(PERSISTED_DIRECTORY);
    for (String path : paths == null ? java.util.Set.<String>of() : paths) {
      if (!path.endsWith(".graphql")) {
        continue;
      }
      try (InputStream in = getServletContext().getResourceAsStream(path)) {
        documents.put(
            path.substring(PERSISTED_DIRECTORY.length()),
            PersistedOperations.documentOf(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("Cannot read " + path, e);
      }
    }
    return documents;
  }

  /**
   * {@code extensions.persistedQuery.sha256Hash} of the body (version 1), if it names one; a hash
   * that is not a string is no hash.
   */
  static Optional<String> persistedHash(JsonObject input) {
    if (!(input.get("extensions") instanceof JsonObject extensions)
        || !(extensions.get("persistedQuery") instanceof JsonObject persistedQuery)
        || !(persistedQuery.get("sha256Hash") instanceof JsonString hash)) {
      return Optional.empty();
    }
    return Optional.of(hash.getString());
  }

  /** The input SmallRye runs for a persisted document: the document, the body's variables. */
  private static JsonObject persistedInput(String document, JsonObject input) {
    jakarta.json.JsonObjectBuilder built =
        JSON_PROVIDER.createObjectBuilder().add("query", document);
    if (input.get("variables") instanceof JsonObject variables) {
      built.add("variables", normalised(variables));
    }
    if (input.get("operationName") instanceof JsonString operationName) {
      built.add("operationName", Texts.normalised(operationName.getString()));
    }
    return built.build();
  }

  /**
   * The answer's JSON text when it has data and no error or extension (docs/adr/0040): written
   * straight from the result, none of the error handling below applies; null otherwise.
   */
  private static String withoutErrors(ExecutionResponse answer) {
    ExecutionResult result = answer.getExecutionResult();
    if (result == null
        || !result.getErrors().isEmpty()
        || !result.isDataPresent()
        || (result.getExtensions() != null && !result.getExtensions().isEmpty())) {
      return null;
    }
    return ResponseJson.ofData(result.getData());
  }

  /**
   * SmallRye writes extension values as strings: {@code retryAfterSeconds} goes out as a number.
   */
  static JsonObject numericRetryAfter(JsonObject json) {
    JsonArray errors = json.getJsonArray("errors");
    if (errors == null || errors.isEmpty()) {
      return json;
    }
    JsonArrayBuilder fixed = JSON_PROVIDER.createArrayBuilder();
    boolean changed = false;
    for (JsonValue value : errors) {
      JsonObject error = value.asJsonObject();
      JsonObject extensions = error.getJsonObject("extensions");
      if (extensions != null
          && extensions.get("retryAfterSeconds") instanceof JsonString text
          && text.getString().matches("[0-9]{1,9}")) {
        fixed.add(
            JSON_PROVIDER
                .createObjectBuilder(error)
                .add(
                    "extensions",
                    JSON_PROVIDER
                        .createObjectBuilder(extensions)
                        .add("retryAfterSeconds", Long.parseLong(text.getString()))));
        changed = true;
      } else {
        fixed.add(error);
      }
    }
    return changed ? JSON_PROVIDER.createObjectBuilder(json).add("errors", fixed).build() : json;
  }

  /**
   * The longest {@code extensions.retryAfterSeconds} among the errors (RATE_LIMITED,
   * docs/adr/0026), for the {@code Retry-After} header; the answer itself stays 200, as every
   * GraphQL answer that was executed.
   */
  static Optional<Long> retryAfter(JsonObject result) {
    JsonArray errors = result.getJsonArray("errors");
    if (errors == null) {
      return Optional.empty();
    }
    Long longest = null;
    for (JsonValue value : errors) {
      JsonObject extensions = value.asJsonObject().getJsonObject("extensions");
      if (extensions != null
          && extensions.get("retryAfterSeconds") instanceof jakarta.json.JsonNumber seconds) {
        longest = longest == null ? seconds.longValue() : Math.max(longest, seconds.longValue());
      }
    }
    return Optional.ofNullable(longest);
  }

  private ExecutionResponse execute(
      JsonObject normalisedInput, Language language, Caller caller, HttpServletRequest request) {
    return Language.as(
        language,
        () ->
            CallerContext.as(
                caller,
                ClientAddress.current().orElse(request.getRemoteAddr()),
                () -> {
                  ExecutionResponse[] executed = new ExecutionResponse[1];
                  // SmallRye writes into the metadata map, so it must be mutable
                  executionService.executeSync(
                      normalisedInput,
                      new HashMap<>(),
                      executionResponse -> executed[0] = executionResponse);
                  return executed[0];
                }));
  }

  /** The JSON value with every string, and every object key, in Unicode normal form C. */
  static JsonValue normalised(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        String nfc = Texts.normalised(text);
        yield nfc.equals(text) ? value : JSON_PROVIDER.createValue(nfc);
      }
      case OBJECT -> {
        jakarta.json.JsonObjectBuilder object = JSON_PROVIDER.createObjectBuilder();
        value
            .asJsonObject()
            .forEach((key, item) -> object.add(Texts.normalised(key), normalised(item)));
        yield object.build();
      }
      case ARRAY -> {
        JsonArrayBuilder array = JSON_PROVIDER.createArrayBuilder();
        value.asJsonArray().forEach(item -> array.add(normalised(item)));
        yield array.build();
      }
      default -> value;
    };
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    refuse(
        response,
        Language.fromAcceptLanguage(request.getHeader("Accept-Language")),
        405,
        ErrorCodes.INVALID_QUERY,
        "Use POST with a JSON body");
  }

  /**
   * Every error with a code, and no error that quotes input values or names a Java class: ours pass
   * as raised; those graphql-java and SmallRye raise get a code by classification and a cleaned
   * message ({@link QueryErrors}). A field that failed because its arguments could not be coerced
   * is reported once: graphql-java's follow-up "non-null field returned null" error for the same
   * path is dropped.
   */
  private static JsonObject withErrorCodes(ExecutionResponse executionResponse, String query) {
    JsonObject json = executionResponse.getExecutionResultAsJsonObject();
    JsonArray errors = json.getJsonArray("errors");
    if (errors == null || errors.isEmpty()) {
      return json;
    }
    ExecutionResult result = executionResponse.getExecutionResult();
    List<GraphQLError> raw = result == null ? List.of() : result.getErrors();
    java.util.Set<String> reportedPaths = new java.util.HashSet<>();
    List<String> classifications = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      JsonObject error = errors.getJsonObject(i);
      JsonObject extensions = extensionsOf(error);
      String classification =
          i < raw.size() && raw.get(i).getErrorType() != null
              ? raw.get(i).getErrorType().toString()
              : extensions.getString("classification", "");
      classifications.add(classification);
      if (!"NullValueInNonNullableField".equals(classification)) {
        pathOf(error).ifPresent(reportedPaths::add);
      }
    }
    JsonArrayBuilder coded = JSON_PROVIDER.createArrayBuilder();
    for (int i = 0; i < errors.size(); i++) {
      JsonObject error = errors.getJsonObject(i);
      JsonObject extensions = extensionsOf(error);
      if (isOurCode(extensions.get("code"))) {
        coded.add(error);
        continue;
      }
      if (UNPARSEABLE.equals(error.getString("message", ""))) {
        coded.add(diagnoseUnparseable(query));
        continue;
      }
      String classification = classifications.get(i);
      if ("NullValueInNonNullableField".equals(classification)
          && pathOf(error).filter(reportedPaths::contains).isPresent()) {
        continue;
      }
      Optional<HealthCodeException> databaseRefusal =
          i < raw.size() ? databaseRefusal(raw.get(i)) : Optional.empty();
      if (databaseRefusal.isPresent()) {
        // degraded mode (docs/adr/0035): an honest code instead of INTERNAL, at once
        coded.add(
            JSON_PROVIDER
                .createObjectBuilder(error)
                .add("message", databaseRefusal.get().getMessage())
                .add(
                    "extensions",
                    JSON_PROVIDER
                        .createObjectBuilder(extensions)
                        .remove("description")
                        .remove("exception")
                        .add("code", databaseRefusal.get().code())));
        continue;
      }
      String code = codeOf(classification, error.getString("message", ""));
      QueryErrors.Cleaned cleaned =
          QueryErrors.clean(
              extensions.getString("validationErrorType", null),
              error.getString("message", ""),
              "The query is not valid");
      jakarta.json.JsonObjectBuilder cleanExtensions =
          JSON_PROVIDER.createObjectBuilder(extensions).remove("description").add("code", code);
      cleaned.field().ifPresent(field -> cleanExtensions.add("field", field));
      coded.add(
          JSON_PROVIDER
              .createObjectBuilder(error)
              .add("message", cleaned.message())
              .add("extensions", cleanExtensions));
    }
    return JSON_PROVIDER.createObjectBuilder(json).add("errors", coded).build();
  }

  /**
   * The answer to an error raised by a resolver because the database failed (ADR 19, 35): a
   * conflict that was not run again (1213 / 40001, nothing written) asks for the same request again
   * with TRY_AGAIN; any other fault is DATABASE_UNAVAILABLE.
   */
  static Optional<HealthCodeException> databaseRefusal(GraphQLError error) {
    if (!(error instanceof graphql.ExceptionWhileDataFetching fetching)
        || !DatabaseFaults.isDatabaseFault(fetching.getException())) {
      return Optional.empty();
    }
    Throwable failure = fetching.getException();
    return Optional.of(
        Conflicts.isConflict(failure)
            ? Conflicts.tryAgain(failure)
            : DatabaseFaults.unavailable(failure));
  }

  private static JsonObject extensionsOf(JsonObject error) {
    return error.containsKey("extensions") && error.get("extensions") instanceof JsonObject object
        ? object
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** The field an error is about, as "a/b/c": its {@code path}, else SmallRye's queryPath. */
  private static Optional<String> pathOf(JsonObject error) {
    JsonValue path = error.get("path");
    if (!(path instanceof JsonArray)) {
      path = extensionsOf(error).get("queryPath");
    }
    if (!(path instanceof JsonArray array) || array.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder joined = new StringBuilder();
    for (JsonValue part : array) {
      joined
          .append('/')
          .append(part instanceof JsonString string ? string.getString() : part.toString());
    }
    return Optional.of(joined.toString());
  }

  /**
   * SmallRye reports every document that fails to parse as "Unparseable input document", without
   * the cause. On this (error-only) path the document is parsed again to say why: too large for the
   * parser's limits, or a syntax error at a given place.
   */
  private static JsonObject diagnoseUnparseable(String query) {
    String code;
    String message;
    try {
      Parser.parse(
          ParserEnvironment.newParserEnvironment()
              .document(query)
              .parserOptions(ParserOptions.getDefaultOperationParserOptions())
              .build());
      code = ErrorCodes.INVALID_QUERY;
      message = UNPARSEABLE;
    } catch (ParseCancelledException e) {
      code = ErrorCodes.QUERY_TOO_LARGE;
      message = e.getMessage();
    } catch (InvalidSyntaxException e) {
      // the parser's message quotes the offending token, which may be an input value
      code = ErrorCodes.INVALID_QUERY;
      message = QueryErrors.clean(null, e.getMessage(), UNPARSEABLE).message();
    }
    return JSON_PROVIDER
        .createObjectBuilder()
        .add("message", message)
        .add("extensions", JSON_PROVIDER.createObjectBuilder().add("code", code))
        .build();
  }

  /** SmallRye's default code is the exception class in kebab case; ours are upper snake case. */
  private static boolean isOurCode(JsonValue code) {
    return code instanceof JsonString string && string.getString().matches("[A-Z][A-Z_]*");
  }

  /** A code for an error graphql-java raised itself, from its classification and message. */
  static String codeOf(String classification, String message) {
    return switch (classification) {
      case "InvalidSyntax" ->
          message.contains("tokens") || message.contains("characters")
              ? ErrorCodes.QUERY_TOO_LARGE
              : ErrorCodes.INVALID_QUERY;
      case "ValidationError", "BadFaithIntrospection" -> ErrorCodes.INVALID_QUERY;
      case "ExecutionAborted" ->
          message.contains("maximum query depth")
              ? ErrorCodes.QUERY_TOO_DEEP
              : message.contains("maximum query complexity")
                  ? ErrorCodes.QUERY_TOO_COMPLEX
                  : ErrorCodes.INTERNAL;
      default -> ErrorCodes.INTERNAL;
    };
  }

  /** Every error's message in the request's language, by its code and field. */
  private JsonObject inLanguage(JsonObject json, Language language) {
    JsonArray errors = json.getJsonArray("errors");
    if (errors == null || errors.isEmpty()) {
      return json;
    }
    JsonArrayBuilder translated = JSON_PROVIDER.createArrayBuilder();
    for (JsonValue value : errors) {
      JsonObject error = value.asJsonObject();
      JsonObject extensions =
          error.containsKey("extensions")
              ? error.getJsonObject("extensions")
              : JsonValue.EMPTY_JSON_OBJECT;
      String message =
          errorTexts.message(
              language,
              extensions.getString("code", ErrorCodes.INTERNAL),
              extensions.getString("field", null),
              error.getString("message", ""));
      translated.add(JSON_PROVIDER.createObjectBuilder(error).add("message", message));
    }
    return JSON_PROVIDER.createObjectBuilder(json).add("errors", translated).build();
  }

  private void refuse(
      HttpServletResponse response, Language language, int status, String code, String message)
      throws IOException {
    JsonObject error =
        JSON_PROVIDER
            .createObjectBuilder()
            .add("message", errorTexts.message(language, code, null, message))
            .add("extensions", JSON_PROVIDER.createObjectBuilder().add("code", code))
            .build();
    write(
        response,
        status,
        JSON_PROVIDER
            .createObjectBuilder()
            .add("errors", JSON_PROVIDER.createArrayBuilder().add(error))
            .build());
  }

  private static void write(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    write(response, status, body.toString());
  }

  private static void write(HttpServletResponse response, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(JSON);
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }
}
