package org.healthcode.platform.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON text of an answer without errors, written straight from graphql-java's result (maps,
 * lists, strings, numbers, booleans) instead of through SmallRye's JSON-P tree, which the endpoint
 * then printed again (docs/adr/0040). Writes what SmallRye's {@code ExecutionResponse} would, value
 * for value (numbers as JSON-P prints them; strings escaped as JSON-P escapes them); a value of any
 * other type makes it give up, and the caller takes SmallRye's way.
 */
final class ResponseJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ResponseJson() {}

  /** {@code {"data":…}} for the data, or null when a value is not one this writer knows. */
  static String ofData(Object data) {
    StringBuilder out = new StringBuilder(256).append("{\"data\":");
    return value(out, data) ? out.append('}').toString() : null;
  }

  private static boolean value(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("null");
      case String text -> string(out, text);
      case Boolean flag -> out.append(flag.booleanValue());
      case Integer number -> out.append(number.intValue());
      case Long number -> out.append(number.longValue());
      case Short number -> out.append(number.intValue());
      case Byte number -> out.append(number.intValue());
      case BigInteger number -> out.append(number);
      case BigDecimal number -> out.append(number);
      case Double number -> {
        if (number.isNaN() || number.isInfinite()) {
          return false;
        }
        out.append(BigDecimal.valueOf(number));
      }
      case Float number -> {
        if (number.isNaN() || number.isInfinite()) {
          return false;
        }
        out.append(new BigDecimal(String.valueOf(number)));
      }
      case Enum<?> constant -> string(out, constant.name());
      case Map<?, ?> map -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!(entry.getKey() instanceof String key)) {
            return false;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          string(out, key);
          out.append(':');
          if (!value(out, entry.getValue())) {
            return false;
          }
        }
        out.append('}');
      }
      case Collection<?> list -> {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
          if (!first) {
            out.append(',');
          }
          first = false;
          if (!value(out, item)) {
            return false;
          }
        }
        out.append(']');
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** A JSON string, escaped as JSON-P does: quote, backslash and control characters only. */
  static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
