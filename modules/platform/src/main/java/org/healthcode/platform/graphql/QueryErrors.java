package org.healthcode.platform.graphql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where errors raised by graphql-java and SmallRye themselves (not by our code) are
 * made fit to leave the server: their texts quote the offending input ({@code StringValue{value=
 * '...'}}, a whole input object with its document number) and name Java classes ({@code Unknown
 * Scalar Type [org.healthcode...PersonInput]}). Each such message is replaced by one that names
 * only the argument or field and the schema type, never the value (issue 19, finding 4;
 * docs/adr/0016).
 */
public final class QueryErrors {

  /** A cleaned message and the input field it is about, if known. */
  public record Cleaned(String message, Optional<String> field) {}

  private static final Pattern ARGUMENT = Pattern.compile("argument '([A-Za-z0-9_.\\[\\]]+)'");

  private static final Pattern MISSING_FIELDS =
      Pattern.compile("is missing required fields '\\[([A-Za-z0-9_, ]*)\\]'");

  private static final Pattern VARIABLE = Pattern.compile("^Variable '([A-Za-z0-9_]+)'");

  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");

  /** Anything that looks like a Java class or a graphql-java value's toString. */
  private static final Pattern LEAK =
      Pattern.compile("\\b(?:org|java|javax|jakarta|io|com)\\.[a-z]|Value\\{|Exception|SRGQL");

  private QueryErrors() {}

  /**
   * A message without input values or class names for an error graphql-java or SmallRye raised.
   *
   * @param validationErrorType graphql-java's {@code validationErrorType}, or null
   * @param message the message as raised
   * @param genericText what to say when nothing more specific can be said safely
   */
  public static Cleaned clean(String validationErrorType, String message, String genericText) {
    String raw = message == null ? "" : message;
    Matcher argument = ARGUMENT.matcher(raw);
    if ("WrongType".equals(validationErrorType) && argument.find()) {
      String field = fieldOf(argument.group(1));
      Matcher missing = MISSING_FIELDS.matcher(raw);
      if (missing.find()) {
        return new Cleaned(
            field + ": required fields missing: " + missing.group(1), Optional.of(field));
      }
      return new Cleaned(
          field + ": a value is not of the type the schema declares", Optional.of(field));
    }
    Matcher variable = VARIABLE.matcher(raw);
    if (variable.find() && raw.contains("invalid value")) {
      return new Cleaned(
          "Variable '" + variable.group(1) + "': a value is not of the type the schema declares",
          Optional.empty());
    }
    if (raw.startsWith("Invalid syntax") || raw.startsWith("Unparseable")) {
      Matcher at = LINE_COLUMN.matcher(raw);
      return new Cleaned(
          at.find()
              ? "The document does not parse (line " + at.group(1) + ", column " + at.group(2) + ")"
              : "The document does not parse",
          Optional.empty());
    }
    if (LEAK.matcher(raw).find()) {
      return new Cleaned(genericText, Optional.empty());
    }
    return new Cleaned(raw, Optional.empty());
  }

  /**
   * An argument path as graphql-java gives it ({@code input.temperature}, {@code from}) named as
   * our own refusals name fields: inside an input object without the argument ({@code
   * temperature}).
   */
  static String fieldOf(String argumentPath) {
    int dot = argumentPath.indexOf('.');
    return dot < 0 ? argumentPath : argumentPath.substring(dot + 1);
  }
}
