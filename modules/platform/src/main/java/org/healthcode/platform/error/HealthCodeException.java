package org.healthcode.platform.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A refusal the caller can act on: bad input, a missing thing, a missing right. Carries a stable
 * machine-readable code that reaches the client as {@code extensions.code}.
 *
 * <p>It implements graphql-java's {@link GraphQLError} only so that its extensions travel with the
 * error: SmallRye copies them after its own, so our code wins over the class-name default.
 */
public class HealthCodeException extends RuntimeException implements GraphQLError {

  private final String code;

  public HealthCodeException(String code, String message) {
    super(message);
    this.code = code;
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

  public String code() {
    return code;
  }

  @Override
  public Map<String, Object> getExtensions() {
    return Map.of("code", code);
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
