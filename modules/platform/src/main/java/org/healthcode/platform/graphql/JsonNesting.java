package org.healthcode.platform.graphql;

/**
 * How deeply a JSON text nests its arrays and objects, counted on the raw bytes before any parser
 * sees them. The JSON parser in Liberty (Parsson) keeps a stack per level and answers a deep text
 * with a plain {@code RuntimeException}, which Liberty turns into its HTML error page; a request
 * body is therefore measured first and refused as {@code INVALID_QUERY} when it nests deeper than
 * {@link #MAX_DEPTH} (issue 19, finding 3).
 */
public final class JsonNesting {

  /**
   * The deepest nesting a request body may have. Our deepest input (a declaration's stays inside
   * the variables inside the body) is 5 levels; 32 leaves room for any honest client.
   */
  public static final int MAX_DEPTH = 32;

  private JsonNesting() {}

  /**
   * Whether the text nests arrays and objects more than {@code max} deep. Brackets inside strings
   * do not count; the text need not be valid JSON (the parser judges that afterwards).
   */
  public static boolean deeperThan(byte[] json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++; // the escaped character, whatever it is, does not end the string
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > max) {
          return true;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return false;
  }
}
