package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Jwt;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/** DESIGN §5: operators register venues and entry points and manage their device credentials. */
class VenueIT extends DeployedApplication {

  private static final String REGISTER =
      "mutation($name: String!) { registerVenue(input: {name: $name, category: SUPERMARKET,"
          + " district: NANKAI, address: \"1 Weijin Road\"}) { id name category district } }";

  private static final String ADD_ENTRY_POINT =
      "mutation($venue: ID!) { addEntryPoint(venueId: $venue, label: \"North gate\") { id label } }";

  private static final String ISSUE =
      "mutation($ep: ID!) { issueDeviceCredential(entryPointId: $ep)"
          + " { credentialId secret entryPointId } }";

  private static final String REVOKE =
      "mutation($ep: ID!, $id: ID!) { revokeDeviceCredential(entryPointId: $ep, credentialId: $id) }";

  private static final String CREDENTIALS =
      "query($ep: ID!) { deviceCredentials(entryPointId: $ep) { credentialId active } }";

  private static final String SIGN_IN =
      "mutation($id: String!, $secret: String!) {"
          + " deviceSignIn(credentialId: $id, secret: $secret) { token entryPointId } }";

  @Test
  void registerVenue_ByAnOperatorAccountTheAdminCreated_IsTheirsAlone() {
    String username = Staff.createAccount("venue-op", "VENUE_OPERATOR");
    String operator = Staff.token(username, Staff.PASSWORD);

    JsonObject venue =
        data(Api.graphql(REGISTER, Map.of("name", "Account market"), operator), "registerVenue");

    assertThat(venue.getString("category")).isEqualTo("SUPERMARKET");
    assertThat(
            Staff.codes(
                Staff.create(
                    Staff.adminToken(),
                    Staff.uniqueUsername("venue-op"),
                    List.of("VENUE_OPERATOR", "ANALYST"))))
        .containsExactly("BAD_INPUT");
  }

  @Test
  void deviceCredential_WhenIssuedThenRevoked_SignsInOnlyUntilRevoked() throws Exception {
    String operator = operatorToken();
    String entryPoint = newEntryPoint(operator);

    JsonObject issued =
        data(Api.graphql(ISSUE, Map.of("ep", entryPoint), operator), "issueDeviceCredential");
    String credentialId = issued.getString("credentialId");
    String secret = issued.getString("secret");
    assertThat(issued.getString("entryPointId")).isEqualTo(entryPoint);

    JsonObject signedIn = data(signIn(credentialId, secret), "deviceSignIn");
    assertThat(signedIn.getString("entryPointId")).isEqualTo(entryPoint);
    JsonObject claims = Jwt.payload(signedIn.getString("token"));
    assertThat(claims.getString("sub")).isEqualTo("device:" + credentialId);
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("SCANNER");

    Response revoked = Api.graphql(REVOKE, Map.of("ep", entryPoint, "id", credentialId), operator);
    assertThat(revoked.getErrors()).isNullOrEmpty();
    assertThat(Staff.codes(signIn(credentialId, secret))).containsExactly("INVALID_CREDENTIALS");
    Response listed = Api.graphql(CREDENTIALS, Map.of("ep", entryPoint), operator);
    assertThat(listed.getErrors()).isNullOrEmpty();
    assertThat(listed.getData().getJsonArray("deviceCredentials").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(c -> assertThat(c.getBoolean("active")).isFalse());
  }

  @Test
  void registerVenue_WhenRegistered_IsListedWithItsEntryPointsAndAudited() throws Exception {
    String operator = operatorToken();
    String name = "Market " + UUID.randomUUID();
    JsonObject venue = data(Api.graphql(REGISTER, Map.of("name", name), operator), "registerVenue");
    assertThat(venue.getString("category")).isEqualTo("SUPERMARKET");
    assertThat(venue.getString("district")).isEqualTo("NANKAI");
    String entryPoint =
        data(
                Api.graphql(ADD_ENTRY_POINT, Map.of("venue", venue.getString("id")), operator),
                "addEntryPoint")
            .getString("id");

    Response mine =
        Api.graphql(
            "{ myVenues(first: 100) { edges { node { id name"
                + " entryPoints { id label } } } pageInfo { hasNextPage } } }",
            operator);

    assertThat(mine.getErrors()).isNullOrEmpty();
    List<JsonObject> nodes =
        mine
            .getData()
            .getJsonObject("myVenues")
            .getJsonArray("edges")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getJsonObject("node"))
            .toList();
    assertThat(nodes)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getString("name")).isEqualTo(name);
              assertThat(v.getJsonArray("entryPoints").getJsonObject(0).getString("id"))
                  .isEqualTo(entryPoint);
            });
    assertThat(auditCount("VENUE_REGISTERED", "VENUE", venue.getString("id"))).isEqualTo(1);
    assertThat(auditCount("ENTRY_POINT_ADDED", "ENTRY_POINT", entryPoint)).isEqualTo(1);
  }

  @Test
  void anotherOperator_OnSomeoneElsesVenueOrEntryPoint_GetsNotFound() {
    String owner = operatorToken();
    String entryPoint = newEntryPoint(owner);
    String venueId = venueOf(owner);
    String stranger = operatorToken();

    assertThat(Staff.codes(Api.graphql(ISSUE, Map.of("ep", entryPoint), stranger)))
        .containsExactly("NOT_FOUND");
    assertThat(Staff.codes(Api.graphql(CREDENTIALS, Map.of("ep", entryPoint), stranger)))
        .containsExactly("NOT_FOUND");
    Response addToStrangersVenue = Api.graphql(ADD_ENTRY_POINT, Map.of("venue", venueId), stranger);
    assertThat(Staff.codes(addToStrangersVenue)).containsExactly("NOT_FOUND");
    // the answer does not repeat the id it was asked about
    assertThat(addToStrangersVenue.getErrors().get(0).getMessage()).doesNotContain(venueId);
    String credentialId =
        data(Api.graphql(ISSUE, Map.of("ep", entryPoint), owner), "issueDeviceCredential")
            .getString("credentialId");
    assertThat(
            Staff.codes(
                Api.graphql(REVOKE, Map.of("ep", entryPoint, "id", credentialId), stranger)))
        .containsExactly("NOT_FOUND");
    Response revokeElsewhere =
        Api.graphql(REVOKE, Map.of("ep", entryPoint, "id", credentialId), stranger);
    assertThat(revokeElsewhere.getErrors().get(0).getMessage())
        .doesNotContain(entryPoint)
        .doesNotContain(credentialId);
    Response strangersVenues = Api.graphql("{ myVenues { edges { cursor } } }", stranger);
    assertThat(strangersVenues.getData().getJsonObject("myVenues").getJsonArray("edges")).isEmpty();
  }

  @Test
  void registerVenue_WithVisitorAsDistrict_IsRefusedByTheSchema() {
    // a venue is in one of the 16 districts: VISITOR is where a person lives, no place
    Response response =
        Api.graphql(
            "mutation { registerVenue(input: {name: \"x\", category: OTHER, district: VISITOR,"
                + " address: \"y\"}) { id } }",
            operatorToken());

    assertThat(Staff.codes(response)).containsExactly("INVALID_QUERY");
  }

  private static String operatorToken() {
    return TestTokens.valid("staff:operator-" + UUID.randomUUID(), List.of("VENUE_OPERATOR"));
  }

  private static String newEntryPoint(String operator) {
    String venueId =
        data(
                Api.graphql(REGISTER, Map.of("name", "Venue " + UUID.randomUUID()), operator),
                "registerVenue")
            .getString("id");
    return data(Api.graphql(ADD_ENTRY_POINT, Map.of("venue", venueId), operator), "addEntryPoint")
        .getString("id");
  }

  private static String venueOf(String operator) {
    return Api.graphql("{ myVenues { edges { node { id } } } }", operator)
        .getData()
        .getJsonObject("myVenues")
        .getJsonArray("edges")
        .getJsonObject(0)
        .getJsonObject("node")
        .getString("id");
  }

  private static Response signIn(String id, String secret) {
    return Api.graphql(SIGN_IN, Map.of("id", id, "secret", secret), null);
  }

  private static int auditCount(String action, String subjectType, String subjectId)
      throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM platform_audit_entry"
                    + " WHERE action = ? AND subject_type = ? AND subject_id = ?")) {
      statement.setString(1, action);
      statement.setString(2, subjectType);
      statement.setString(3, subjectId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
