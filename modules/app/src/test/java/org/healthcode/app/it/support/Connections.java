package org.healthcode.app.it.support;

import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a cursor-paginated list to its end, the way a client pages through it. */
public final class Connections {

  private Connections() {}

  /**
   * Every node of the connection {@code field}. The query takes {@code $after: String} and selects
   * {@code edges { node { ... } } pageInfo { hasNextPage endCursor }} of that field.
   */
  public static List<JsonObject> allNodes(String field, String query, String token) {
    List<JsonObject> nodes = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("after", after);
      JsonObject page = data(Api.graphql(query, variables, token), field);
      page.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
          .map(edge -> edge.getJsonObject("node"))
          .forEach(nodes::add);
      more = page.getJsonObject("pageInfo").getBoolean("hasNextPage");
      after = more ? page.getJsonObject("pageInfo").getString("endCursor") : null;
    }
    return nodes;
  }
}
