package org.healthcode.platform.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal the caller can act on: bad input, a missing thing, a missing right. Carries a stable
 * machine-readable code that reaches the client as {@code extensions.code}.
 *
 * <p>It implements graphql-java's {@link GraphQLError} only so that its extensions travel with the
 * error: SmallRye copies them after its own, so our code wins over the class-name default.
 */
public class HealthCodeException extends RuntimeException implements GraphQLError {

  /**
   * A message that starts with the input field it is about, {@code stays[0].to: ...} or {@code
   * documentType and documentNumber: ...}: the first field named is the one reported.
   */
  private static final Pattern FIELD_PREFIX =
      Pattern.compile(
          "^([A-Za-z][A-Za-z0-9]*(?:\\[\\d+\\])?(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\d+\\])?)*)"
              + "(?:(?:, | and )[A-Za-z][A-Za-z0-9.\\[\\]]*)*: ");

  private final String code;
  private final String field;

  /** For RATE_LIMITED: the seconds until the same request may succeed; else null. */
  private Long retryAfterSeconds;

  public HealthCodeException(String code, String message) {
    this(code, fieldNamedIn(message), message);
  }

  /**
   * A refusal about one input field, named as in the schema ({@code documentNumber}, {@code
   * stays[1].to}), so that an app can show it beside that field ({@code extensions.field}).
   */
  public HealthCodeException(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  private static String fieldNamedIn(String message) {
    if (message == null) {
      return null;
    }
    Matcher matcher = FIELD_PREFIX.matcher(message);
    return matcher.find() ? matcher.group(1) : null;
  }

  public static HealthCodeException badInput(String message) {
    return new HealthCodeException(ErrorCodes.BAD_INPUT, message);
  }

  public static HealthCodeException notFound(String message) {
    return new HealthCodeException(ErrorCodes.NOT_FOUND, message);
  }

  public static HealthCodeException forbidden(String message) {
    return new HealthCodeException(ErrorCodes.FORBIDDEN, message);
  }

  public static HealthCodeException unauthenticated(String message) {
    return new HealthCodeException(ErrorCodes.UNAUTHENTICATED, message);
  }

  /**
   * Tells the caller when to try again ({@code extensions.retryAfterSeconds}), e.g. for a sign-in
   * that is being slowed down.
   */
  public HealthCodeException retryAfter(long seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  public Optional<Long> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }

  public String code() {
    return code;
  }

  /** The input field the refusal is about, if it is about one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public Map<String, Object> getExtensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code);
    if (field != null) {
      extensions.put("field", field);
    }
    if (retryAfterSeconds != null) {
      extensions.put("retryAfterSeconds", retryAfterSeconds);
    }
    return extensions;
  }

  /**
   * A refusal because a rate limit was reached (RATE_LIMITED): {@code extensions.retryAfterSeconds}
   * says when the same request may succeed, and the endpoint copies it into {@code Retry-After}.
   */
  public static HealthCodeException rateLimited(String message, long retryAfterSeconds) {
    return new HealthCodeException(ErrorCodes.RATE_LIMITED, null, message)
        .retryAfter(Math.max(1, retryAfterSeconds));
  }

  @Override
  public List<SourceLocation> getLocations() {
    return null;
  }

  @Override
  public ErrorClassification getErrorType() {
    return null;
  }
}
