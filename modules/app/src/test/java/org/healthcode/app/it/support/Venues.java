package org.healthcode.app.it.support;

import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Venues, entry points and signed-in devices for black-box tests, and the checks they make. */
public final class Venues {

  public static final String SCAN_RESULT =
      "{ outcome reason colour maskedName temperature fever message }";

  private Venues() {}

  /** A signed-in device at a new entry point of a new venue of a new operator. */
  public record Device(
      String operator, String venue, String entryPoint, String credentialId, String token) {}

  /** A supermarket in Hexi with one entry point and a signed-in device there. */
  public static Device newDevice() {
    return newDevice("SUPERMARKET", "HEXI");
  }

  public static Device newDevice(String category, String district) {
    String operator = newOperator();
    String venue = registerVenue(operator, category, district);
    return deviceAt(operator, venue, addEntryPoint(operator, venue, "Gate"));
  }

  /** A token of a new venue operator (signed with the development key). */
  public static String newOperator() {
    return TestTokens.valid("staff:operator-" + UUID.randomUUID(), List.of("VENUE_OPERATOR"));
  }

  public static String registerVenue(String operator, String category, String district) {
    return data(
            Api.graphql(
                "mutation($c: VenueCategory!, $d: District!) { registerVenue(input: {name:"
                    + " \"Test venue\", category: $c, district: $d, address: \"2 Youyi Road\"})"
                    + " { id } }",
                Map.of("c", category, "d", district),
                operator),
            "registerVenue")
        .getString("id");
  }

  public static String addEntryPoint(String operator, String venue, String label) {
    return data(
            Api.graphql(
                "mutation($v: ID!, $l: String!) { addEntryPoint(venueId: $v, label: $l) { id } }",
                Map.of("v", venue, "l", label),
                operator),
            "addEntryPoint")
        .getString("id");
  }

  /** A device credential as issued: its id and the secret shown once. */
  public record Credential(String credentialId, String secret) {}

  /** Issues a device credential for the entry point, as its operator. */
  public static Credential issueCredential(String operator, String entryPoint) {
    JsonObject issued =
        data(
            Api.graphql(
                "mutation($ep: ID!) { issueDeviceCredential(entryPointId: $ep)"
                    + " { credentialId secret } }",
                Map.of("ep", entryPoint),
                operator),
            "issueDeviceCredential");
    return new Credential(issued.getString("credentialId"), issued.getString("secret"));
  }

  /** Issues a credential for the entry point and signs the device in with it. */
  public static Device deviceAt(String operator, String venue, String entryPoint) {
    Credential issued = issueCredential(operator, entryPoint);
    return new Device(operator, venue, entryPoint, issued.credentialId(), signIn(issued));
  }

  /** The SCANNER token of a device signed in with its credential. */
  public static String signIn(Credential credential) {
    return data(
            Api.graphql(
                "mutation($id: String!, $secret: String!) {"
                    + " deviceSignIn(credentialId: $id, secret: $secret) { token } }",
                Map.of("id", credential.credentialId(), "secret", credential.secret()),
                null),
            "deviceSignIn")
        .getString("token");
  }

  /** A scan; {@code temperature} null for a gate that does not measure one. */
  public static Response scan(Device device, String scanId, String code, String temperature) {
    Map<String, Object> input = new HashMap<>();
    input.put("scanId", scanId);
    input.put("codeToken", code);
    input.put("temperature", temperature == null ? null : new BigDecimal(temperature));
    return Api.graphql(
        "mutation($in: ScanInput!) { scan(input: $in) " + SCAN_RESULT + " }",
        Map.of("in", input),
        device.token());
  }

  /** A scan with a fresh scan id; its result. */
  public static JsonObject scan(Device device, String code, String temperature) {
    return data(scan(device, "scan-" + UUID.randomUUID(), code, temperature), "scan");
  }

  public static int checkIns(String entryPoint, String scanId) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ?",
        Long.parseLong(entryPoint),
        scanId);
  }

  /** The entry point's current venue code, as its operator fetches it for the display. */
  public static String venueCode(String operator, String entryPoint) {
    return data(
            Api.graphql(
                "query($ep: ID!) { venueCode(entryPointId: $ep) { code } }",
                Map.of("ep", entryPoint),
                operator),
            "venueCode")
        .getString("code");
  }

  /** The single long result of a query with the given parameters. */
  public static long queryLong(String sql, Object... parameters) throws SQLException {
    try (Connection connection = TestDatabase.connect()) {
      return queryLong(connection, sql, parameters);
    }
  }

  /** The same on the given connection. */
  public static long queryLong(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Runs an update with the given parameters; how many rows it changed. */
  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static int count(String sql, Object... parameters) throws SQLException {
    return Math.toIntExact(queryLong(sql, parameters));
  }
}
