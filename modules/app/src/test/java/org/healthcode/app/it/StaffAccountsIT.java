package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Jwt;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** DESIGN §1, §2: staff sign in with username and password; admins manage staff accounts. */
class StaffAccountsIT extends DeployedApplication {

  private static final String DISABLE =
      "mutation($u: String!, $r: String!) {"
          + " disableStaffAccount(username: $u, reason: $r) { username enabled } }";

  private static final String LIST =
      "query($first: Int, $after: String) { staffAccounts(first: $first, after: $after) {"
          + " edges { cursor node { username roles enabled createdAt } }"
          + " pageInfo { hasNextPage endCursor } } }";

  @Test
  void staffSignIn_WhenBootstrapAdminInDevelopment_GivesAnAdminToken() {
    Response response = Staff.signIn(Staff.ADMIN, Staff.ADMIN_PASSWORD);

    assertThat(response.getErrors()).isNullOrEmpty();
    JsonObject result = response.getData().getJsonObject("staffSignIn");
    assertThat(result.getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
    JsonObject claims = Jwt.payload(result.getString("token"));
    assertThat(claims.getString("sub")).isEqualTo("staff:admin");
    assertThat(claims.getJsonArray("groups").getValuesAs(v -> v.toString()))
        .containsExactly("\"ADMIN\"");
  }

  @Test
  void staffSignIn_WhenAdminCreatedAReviewer_GivesTheReviewerAReviewerToken() throws SQLException {
    String username = Staff.uniqueUsername("reviewer");

    Response created = Staff.create(Staff.adminToken(), username, List.of("REVIEWER"));

    assertThat(created.getErrors()).isNullOrEmpty();
    JsonObject account = created.getData().getJsonObject("createStaffAccount");
    assertThat(account.getString("username")).isEqualTo(username);
    assertThat(account.getBoolean("enabled")).isTrue();
    JsonObject claims = Jwt.payload(Staff.token(username, Staff.PASSWORD));
    assertThat(claims.getString("sub")).isEqualTo("staff:" + username);
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("REVIEWER");
    assertThat(claims.getJsonArray("groups")).hasSize(1);
    try (Connection connection = TestDatabase.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT s.password_hash, a.actor, a.reason FROM identity_staff_account s"
                    + " JOIN platform_audit_entry a ON a.subject_id = s.username"
                    + " AND a.subject_type = 'STAFF_ACCOUNT' AND a.action = 'STAFF_ACCOUNT_CREATED'"
                    + " WHERE s.username = ?")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).startsWith("pbkdf2-sha256$210000$");
        assertThat(row.getString(2)).isEqualTo("staff:admin");
        assertThat(row.getString(3)).isEqualTo("roles REVIEWER");
      }
    }
  }

  @Test
  void staffSignIn_WhenWrongPasswordOrUnknownUser_GivesTheSameError() {
    String username = Staff.createAccount("analyst", "ANALYST");

    Response wrongPassword = Staff.signIn(username, "not the right password");
    Response unknownUser = Staff.signIn(Staff.uniqueUsername("nobody"), Staff.PASSWORD);

    assertThat(Staff.codes(wrongPassword)).containsExactly("INVALID_CREDENTIALS");
    assertThat(Staff.codes(unknownUser)).containsExactly("INVALID_CREDENTIALS");
    assertThat(wrongPassword.getErrors().get(0).getMessage())
        .isEqualTo(unknownUser.getErrors().get(0).getMessage());
    assertThat(wrongPassword.getData() == null || wrongPassword.getData().isNull("staffSignIn"))
        .isTrue();
  }

  @Test
  void staffSignIn_WhenAFewFailuresThenRightPassword_SignsIn() {
    String username = Staff.createAccount("auditor", "AUDITOR");
    for (int i = 0; i < 3; i++) {
      Staff.signIn(username, "wrong password " + i);
    }

    assertThat(Staff.signIn(username, Staff.PASSWORD).getErrors()).isNullOrEmpty();
  }

  @Test
  void staffSignIn_WhenAccountDisabled_IsRefusedAsInvalidCredentials() {
    String username = Staff.createAccount("reviewer", "REVIEWER");

    Response disabled =
        Api.graphql(DISABLE, Map.of("u", username, "r", "left the authority"), Staff.adminToken());

    assertThat(disabled.getErrors()).isNullOrEmpty();
    assertThat(disabled.getData().getJsonObject("disableStaffAccount").getBoolean("enabled"))
        .isFalse();
    assertThat(Staff.codes(Staff.signIn(username, Staff.PASSWORD)))
        .containsExactly("INVALID_CREDENTIALS");
  }

  @Test
  void createStaffAccount_WhenAdminTogetherWithAHealthRole_IsBadInput() {
    Response response =
        Staff.create(
            Staff.adminToken(), Staff.uniqueUsername("mixed"), List.of("ADMIN", "REVIEWER"));

    assertThat(Staff.codes(response)).containsExactly("BAD_INPUT");
    assertThat(response.getErrors().get(0).getMessage()).contains("ADMIN cannot be combined");
  }

  @Test
  void createStaffAccount_WhenReviewerTogetherWithSupervisor_IsBadInput() {
    Response response =
        Staff.create(
            Staff.adminToken(), Staff.uniqueUsername("mixed"), List.of("REVIEWER", "SUPERVISOR"));

    assertThat(Staff.codes(response)).containsExactly("BAD_INPUT");
  }

  @Test
  void createStaffAccount_WhenUsernameTaken_IsBadInput() {
    String username = Staff.createAccount("analyst", "ANALYST");

    assertThat(Staff.codes(Staff.create(Staff.adminToken(), username, List.of("ANALYST"))))
        .containsExactly("BAD_INPUT");
  }

  @Test
  void createStaffAccount_WhenNotAnAdmin_IsRefused() {
    String reviewer = Staff.createAccount("reviewer", "REVIEWER");

    Response asReviewer =
        Staff.create(
            Staff.token(reviewer, Staff.PASSWORD), Staff.uniqueUsername("x"), List.of("ANALYST"));
    Response anonymous = Staff.create(null, Staff.uniqueUsername("x"), List.of("ANALYST"));

    assertThat(Staff.codes(asReviewer)).containsExactly("FORBIDDEN");
    assertThat(Staff.codes(anonymous)).containsExactly("UNAUTHENTICATED");
  }

  @Test
  void staffAccounts_WhenPagedOneByOne_ListsEveryAccountOnceInUsernameOrder() {
    Staff.createAccount("paging", "ANALYST");
    Staff.createAccount("paging", "AUDITOR");
    String admin = Staff.adminToken();

    List<String> usernames = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      Map<String, Object> variables = new java.util.HashMap<>();
      variables.put("first", 1);
      variables.put("after", after);
      Response page = Api.graphql(LIST, variables, admin);
      assertThat(page.getErrors()).isNullOrEmpty();
      JsonObject connection = page.getData().getJsonObject("staffAccounts");
      assertThat(connection.getJsonArray("edges").size()).isLessThanOrEqualTo(1);
      connection
          .getJsonArray("edges")
          .forEach(
              e -> usernames.add(e.asJsonObject().getJsonObject("node").getString("username")));
      more = connection.getJsonObject("pageInfo").getBoolean("hasNextPage");
      after = connection.getJsonObject("pageInfo").getString("endCursor", null);
    }

    assertThat(usernames).contains(Staff.ADMIN).doesNotHaveDuplicates().isSorted();
    assertThat(usernames.stream().filter(u -> u.startsWith("paging-")))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void staffAccounts_WhenPageSizeOver100_IsBadInput() {
    Response response = Api.graphql(LIST, Map.of("first", 101), Staff.adminToken());

    assertThat(Staff.codes(response)).containsExactly("BAD_INPUT");
  }
}
