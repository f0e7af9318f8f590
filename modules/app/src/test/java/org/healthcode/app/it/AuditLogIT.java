package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Staff;
import org.junit.jupiter.api.Test;

/** DESIGN §1, §6: the audit log is readable by auditors and by no one else. */
class AuditLogIT extends DeployedApplication {

  private static final String AUDIT_LOG =
      "query($first: Int, $after: String, $type: String, $id: String) {"
          + " auditLog(first: $first, after: $after, subjectType: $type, subjectId: $id) {"
          + " edges { cursor node { occurredAt actor actorRoles action subjectType subjectId"
          + " reason } } pageInfo { hasNextPage endCursor } } }";

  @Test
  void auditLog_WhenAuditorFiltersOnAStaffAccount_SeesItsCreationAndDisabling() {
    String auditor = Staff.createAccount("auditor", "AUDITOR");
    String subject = Staff.createAccount("reviewer", "REVIEWER");
    Api.graphql(
        "mutation($u: String!) { disableStaffAccount(username: $u, reason: \"moved away\") {"
            + " enabled } }",
        Map.of("u", subject),
        Staff.adminToken());

    Response response = query(Staff.token(auditor, Staff.PASSWORD), null, null, subject);

    assertThat(response.getErrors()).isNullOrEmpty();
    List<JsonObject> nodes = nodes(response);
    assertThat(nodes)
        .extracting(n -> n.getString("action"))
        .containsExactly("STAFF_ACCOUNT_CREATED", "STAFF_ACCOUNT_DISABLED");
    JsonObject created = nodes.get(0);
    assertThat(created.getString("actor")).isEqualTo("staff:admin");
    assertThat(created.getJsonArray("actorRoles").getString(0)).isEqualTo("ADMIN");
    assertThat(created.getString("subjectType")).isEqualTo("STAFF_ACCOUNT");
    assertThat(created.getString("reason")).isEqualTo("roles REVIEWER");
    assertThat(nodes.get(1).getString("reason")).isEqualTo("moved away");
  }

  @Test
  void auditLog_WhenPagedOneByOne_GoesOldestFirstWithoutRepeats() {
    String auditor = Staff.token(Staff.createAccount("auditor", "AUDITOR"), Staff.PASSWORD);

    Response first = query(auditor, 1, null, null);
    JsonObject firstPage = first.getData().getJsonObject("auditLog");
    String cursor = firstPage.getJsonObject("pageInfo").getString("endCursor");
    Response second = query(auditor, 1, cursor, null);

    assertThat(first.getErrors()).isNullOrEmpty();
    assertThat(firstPage.getJsonObject("pageInfo").getBoolean("hasNextPage")).isTrue();
    assertThat(nodes(first)).hasSize(1);
    assertThat(nodes(second)).hasSize(1);
    assertThat(nodes(second).get(0).getString("occurredAt"))
        .isGreaterThanOrEqualTo(nodes(first).get(0).getString("occurredAt"));
    assertThat(nodes(second).get(0)).isNotEqualTo(nodes(first).get(0));
  }

  @Test
  void auditLog_WhenAdmin_IsForbidden() {
    assertThat(Staff.codes(query(Staff.adminToken(), null, null, null)))
        .containsExactly("FORBIDDEN");
  }

  @Test
  void auditLog_WhenAnonymous_IsUnauthenticated() {
    assertThat(Staff.codes(query(null, null, null, null))).containsExactly("UNAUTHENTICATED");
  }

  private static Response query(String token, Integer first, String after, String subjectId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", first);
    variables.put("after", after);
    variables.put("type", subjectId == null ? null : "STAFF_ACCOUNT");
    variables.put("id", subjectId);
    return Api.graphql(AUDIT_LOG, variables, token);
  }

  private static List<JsonObject> nodes(Response response) {
    return response.getData().getJsonObject("auditLog").getJsonArray("edges").stream()
        .map(edge -> edge.asJsonObject().getJsonObject("node"))
        .toList();
  }
}
