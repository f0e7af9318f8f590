package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.addDependent;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Citizens.errorCode;
import static org.healthcode.app.it.support.Citizens.newPhone;
import static org.healthcode.app.it.support.Citizens.registerSelf;
import static org.healthcode.app.it.support.Citizens.residentPerson;
import static org.healthcode.app.it.support.Citizens.signIn;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.QrDecoding;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The citizen's health codes over GraphQL: app code, paper code, revocation, ownership. */
class HealthCodeIT extends DeployedApplication {

  private static final String APP_CODE =
      "query($id: ID!, $f: QrFormat!) { healthCodeQr(personId: $id, format: $f)"
          + " { personId token colour issuedAt expiresAt png svg } }";
  private static final String PRINT =
      "mutation($id: ID!) { printPaperCode(personId: $id)"
          + " { personId token qrText issuedAt expiresAt png svg } }";
  private static final String REVOKE = "mutation($id: ID!) { revokePaperCode(personId: $id) }";

  @Test
  void healthCodeQr_ForSelfWithoutAColourYet_AnswersNoColourAndNoToken() throws Exception {
    String citizen = signIn(newPhone());
    String self = selfId(citizen);

    JsonObject code =
        data(Api.graphql(APP_CODE, Map.of("id", self, "f", "PNG"), citizen), "healthCodeQr");

    assertThat(code.getString("personId")).isEqualTo(self);
    assertThat(code.isNull("colour")).isTrue();
    assertThat(code.isNull("token")).isTrue();
    assertThat(code.isNull("png")).isTrue();
    assertThat(codeRows(self)).as("no code id without a colour").isEmpty();
  }

  @Test
  void printPaperCode_ForADependent_IsAQrOfATokenWithoutColourAndKeepsItsCodeId() throws Exception {
    String citizen = signIn(newPhone());
    selfId(citizen);
    String dependent =
        data(addDependent(citizen, residentPerson("李四"), "PARENT"), "addDependent")
            .getJsonObject("person")
            .getString("id");

    JsonObject paper = data(Api.graphql(PRINT, Map.of("id", dependent), citizen), "printPaperCode");
    JsonObject again = data(Api.graphql(PRINT, Map.of("id", dependent), citizen), "printPaperCode");

    String token = paper.getString("token");
    assertThat(token).hasSize(59);
    // the image carries T.S: the token and its offline signature (docs/adr/0032)
    assertThat(paper.getString("qrText")).startsWith(token + ".").hasSize(158);
    assertThat(QrDecoding.decode(paper.getString("png"))).isEqualTo(paper.getString("qrText"));
    assertThat(paper.getString("svg")).startsWith("<svg");
    assertThat(paper.getString("expiresAt")).isGreaterThan(paper.getString("issuedAt"));
    assertThat(codeId(again.getString("token"))).isEqualTo(codeId(token));
    assertThat(codeRows(dependent)).containsExactly("PRINTED active");
  }

  @Test
  void revokePaperCode_ThenPrintAgain_RevokesTheOldCodeIdAndGivesANewOne() throws Exception {
    String citizen = signIn(newPhone());
    String self = selfId(citizen);
    String first =
        data(Api.graphql(PRINT, Map.of("id", self), citizen), "printPaperCode").getString("token");

    Response revoked = Api.graphql(REVOKE, Map.of("id", self), citizen);
    Response revokedAgain = Api.graphql(REVOKE, Map.of("id", self), citizen);
    String second =
        data(Api.graphql(PRINT, Map.of("id", self), citizen), "printPaperCode").getString("token");

    assertThat(revoked.getData().getBoolean("revokePaperCode")).isTrue();
    assertThat(revokedAgain.getData().getBoolean("revokePaperCode")).isFalse();
    assertThat(codeId(second)).isNotEqualTo(codeId(first));
    assertThat(codeRows(self)).containsExactlyInAnyOrder("PRINTED revoked", "PRINTED active");
  }

  @Test
  void codes_ForAnotherAccountsPerson_AreNotFound() throws Exception {
    String owner = signIn(newPhone());
    String person = selfId(owner);
    String stranger = signIn(newPhone());

    assertThat(errorCode(Api.graphql(APP_CODE, Map.of("id", person, "f", "NONE"), stranger)))
        .isEqualTo("NOT_FOUND");
    assertThat(errorCode(Api.graphql(PRINT, Map.of("id", person), stranger)))
        .isEqualTo("NOT_FOUND");
    assertThat(errorCode(Api.graphql(REVOKE, Map.of("id", person), stranger)))
        .isEqualTo("NOT_FOUND");
    assertThat(errorCode(Api.graphql(PRINT, Map.of("id", "not-a-number"), stranger)))
        .isEqualTo("NOT_FOUND");
    assertThat(codeRows(person)).isEmpty();
  }

  private static String selfId(String citizen) {
    return data(registerSelf(citizen, residentPerson("张三明")), "registerSelf").getString("id");
  }

  /** The 16 bytes of the code id inside a token (ADR 8: offset 3), as text for comparison. */
  private static String codeId(String token) {
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    return Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, 3, 19));
  }

  /** "KIND active|revoked" for each of the person's code ids. */
  private static List<String> codeRows(String personId) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = TestDatabase.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT kind, revoked_at IS NULL FROM status_code WHERE person_id = ?")) {
      query.setLong(1, Long.parseLong(personId));
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1) + (result.getBoolean(2) ? " active" : " revoked"));
        }
      }
    }
    return rows;
  }
}
