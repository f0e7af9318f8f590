package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.developmentCode;
import static org.healthcode.app.it.support.Citizens.errorCode;
import static org.healthcode.app.it.support.Citizens.newPhone;

import io.smallrye.graphql.client.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Citizen sign-in by phone and one-time code (DESIGN §2). */
class CitizenSignInIT extends DeployedApplication {

  @Test
  void signInWithCode_WithTheCodeSent_ReturnsATokenThatWorks() {
    String phone = newPhone();
    String token = Citizens.signIn(phone);

    Response me = Api.graphql("{ me { maskedPhone self { id } } }", Map.of(), token);

    assertThat(me.getErrors()).isNullOrEmpty();
    assertThat(me.getData().getJsonObject("me").getString("maskedPhone"))
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
  }

  @Test
  void signInWithCode_WithAWrongCode_IsRefused() {
    String phone = newPhone();
    request(phone);

    assertThat(errorCode(signIn(phone, wrong(developmentCode(phone)))))
        .isEqualTo("INVALID_SIGN_IN_CODE");
  }

  @Test
  void signInWithCode_WithAnExpiredCode_IsRefused() throws SQLException {
    String phone = newPhone();
    request(phone);
    String code = developmentCode(phone);
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      // tests run one at a time, so the newest code is this test's
      statement.executeUpdate(
          "UPDATE identity_sign_in_code SET expires_at = NOW(3) - INTERVAL 1 SECOND"
              + " ORDER BY id DESC LIMIT 1");
    }

    assertThat(errorCode(signIn(phone, code))).isEqualTo("INVALID_SIGN_IN_CODE");
  }

  @Test
  void signInWithCode_OnTheSixthTryAfterFiveWrongOnes_IsRefusedEvenWithTheRightCode() {
    String phone = newPhone();
    request(phone);
    String code = developmentCode(phone);
    for (int i = 0; i < 5; i++) {
      assertThat(errorCode(signIn(phone, wrong(code)))).isEqualTo("INVALID_SIGN_IN_CODE");
    }

    assertThat(errorCode(signIn(phone, code))).isEqualTo("TOO_MANY_ATTEMPTS");
  }

  @Test
  void signInWithCode_WhenTheCodeWasUsed_IsRefused() {
    String phone = newPhone();
    request(phone);
    String code = developmentCode(phone);
    assertThat(signIn(phone, code).getErrors()).isNullOrEmpty();

    assertThat(errorCode(signIn(phone, code))).isEqualTo("INVALID_SIGN_IN_CODE");
  }

  @Test
  void requestSignInCode_TheFourthWithinFifteenMinutes_IsRefused() {
    String phone = newPhone();
    for (int i = 0; i < 3; i++) {
      assertThat(request(phone).getErrors()).isNullOrEmpty();
    }

    assertThat(errorCode(request(phone))).isEqualTo("TOO_MANY_REQUESTS");
  }

  @Test
  void requestSignInCode_WithANonsensePhone_IsBadInput() {
    assertThat(errorCode(request("12345"))).isEqualTo("BAD_INPUT");
  }

  private static Response request(String phone) {
    return Api.graphql(
        "mutation($p: String!) { requestSignInCode(phone: $p) { expiresAt } }",
        Map.of("p", phone),
        null);
  }

  private static Response signIn(String phone, String code) {
    return Api.graphql(
        "mutation($p: String!, $c: String!) { signInWithCode(phone: $p, code: $c) { token } }",
        Map.of("p", phone, "c", code),
        null);
  }

  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
  }
}
