package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.addDependent;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Citizens.errorCode;
import static org.healthcode.app.it.support.Citizens.newPhone;
import static org.healthcode.app.it.support.Citizens.person;
import static org.healthcode.app.it.support.Citizens.randomBirthDate;
import static org.healthcode.app.it.support.Citizens.randomDigits;
import static org.healthcode.app.it.support.Citizens.registerSelf;
import static org.healthcode.app.it.support.Citizens.residentPerson;
import static org.healthcode.app.it.support.Citizens.signIn;
import static org.healthcode.app.it.support.Citizens.withCheck;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The citizen side of identity (DESIGN §2) through GraphQL over HTTP. */
class CitizenIdentityIT extends DeployedApplication {

  @Test
  void registerSelf_WithEachDocumentType_StoresThePersonMasked() {
    LocalDate birth = randomBirthDate();
    String date = birth.format(DateTimeFormatter.BASIC_ISO_DATE);
    List<Map<String, Object>> persons =
        List.of(
            residentPerson("张小明"),
            person(
                "陈大文",
                "HK_MACAO_TRAVEL_PERMIT",
                "H" + randomDigits(8),
                null,
                birth,
                "MALE",
                "HKG",
                "VISITOR"),
            person(
                "林美玲",
                "TAIWAN_TRAVEL_PERMIT",
                randomDigits(8),
                null,
                birth,
                "FEMALE",
                "TWN",
                "NANKAI"),
            person(
                "何家俊",
                "HMT_RESIDENCE_PERMIT",
                withCheck("810000" + date + "011"),
                null,
                birth,
                "MALE",
                "HKG",
                "HEXI"),
            person(
                "John Smith",
                "PASSPORT",
                "E" + randomDigits(8),
                "CHN",
                birth,
                "MALE",
                "GBR",
                "VISITOR"),
            person(
                "Anna Miller",
                "FOREIGNER_PERMANENT_RESIDENCE_ID",
                "USA" + randomDigits(12),
                null,
                birth,
                "FEMALE",
                "USA",
                "BINHAI"));

    for (Map<String, Object> input : persons) {
      JsonObject person = data(registerSelf(signIn(newPhone()), input), "registerSelf");

      assertThat(person.getString("documentType")).isEqualTo(input.get("documentType"));
      assertThat(person.getString("maskedName")).isNotEqualTo(input.get("name")).contains("*");
      assertThat(person.getString("maskedDocumentNumber"))
          .isNotEqualTo(input.get("documentNumber"))
          .contains("*");
      assertThat(person.getString("homeDistrict")).isEqualTo(input.get("homeDistrict"));
    }
  }

  @Test
  void registerSelf_WhenBirthDateContradictsTheDocument_IsRefusedAsInvalidDocument() {
    Map<String, Object> input = residentPerson("王五");
    input.put(
        "dateOfBirth", LocalDate.parse((String) input.get("dateOfBirth")).plusDays(1).toString());

    assertThat(errorCode(registerSelf(signIn(newPhone()), input))).isEqualTo("INVALID_DOCUMENT");
  }

  @Test
  void registerSelf_WhenTheDocumentIsAlreadyRegistered_IsRefused() {
    Map<String, Object> input = residentPerson("李四");
    data(registerSelf(signIn(newPhone()), input), "registerSelf");

    Response second = registerSelf(signIn(newPhone()), input);

    assertThat(errorCode(second)).isEqualTo("DOCUMENT_ALREADY_REGISTERED");
  }

  @Test
  void registerSelf_WithTheSamePassportNumberFromAnotherCountry_IsAccepted() {
    String number = "E" + randomDigits(8);
    LocalDate birth = randomBirthDate();
    data(
        registerSelf(
            signIn(newPhone()),
            person("A B", "PASSPORT", number, "CHN", birth, "MALE", "CHN", "VISITOR")),
        "registerSelf");

    Response other =
        registerSelf(
            signIn(newPhone()),
            person("C D", "PASSPORT", number, "FRA", birth, "MALE", "FRA", "VISITOR"));

    assertThat(other.getErrors()).isNullOrEmpty();
  }

  @Test
  void addDependent_WhenFourAreHeld_RefusesTheFifth() {
    String token = signIn(newPhone());
    for (int i = 0; i < 4; i++) {
      data(addDependent(token, residentPerson("赵老" + i), "PARENT"), "addDependent");
    }

    Response fifth = addDependent(token, residentPerson("赵小五"), "CHILD");

    assertThat(errorCode(fifth)).isEqualTo("TOO_MANY_DEPENDENTS");
    JsonObject me =
        data(
            Api.graphql("{ me { maskedPhone dependents { relationship } } }", Map.of(), token),
            "me");
    assertThat(me.getJsonArray("dependents")).hasSize(4);
    assertThat(me.getString("maskedPhone")).matches("1[0-9]{2}\\*{4}[0-9]{4}");
  }

  @Test
  void person_OfAnotherAccount_IsNotFound() {
    String otherId =
        data(registerSelf(signIn(newPhone()), residentPerson("钱七")), "registerSelf")
            .getString("id");
    String token = signIn(newPhone());

    Response read =
        Api.graphql(
            "query($id: ID!) { person(id: $id) { maskedName } }", Map.of("id", otherId), token);
    Response consent =
        Api.graphql(
            "mutation($id: ID!) { recordConsent(personId: $id, noticeVersion: \"2020-02-29\") { givenAt } }",
            Map.of("id", otherId),
            token);

    assertThat(errorCode(read)).isEqualTo("NOT_FOUND");
    assertThat(errorCode(consent)).isEqualTo("NOT_FOUND");
  }

  @Test
  void me_WithoutAToken_IsUnauthenticated() {
    assertThat(errorCode(Api.graphql("{ me { maskedPhone } }", Map.of(), null)))
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void recordConsent_ForOwnPerson_IsShownInMyData() {
    String token = signIn(newPhone());
    String id = data(registerSelf(token, residentPerson("孙八")), "registerSelf").getString("id");

    JsonObject consent =
        data(
            Api.graphql(
                "mutation($id: ID!) { recordConsent(personId: $id, noticeVersion: \"2020-02-29\") { personId noticeVersion givenAt } }",
                Map.of("id", id),
                token),
            "recordConsent");

    assertThat(consent.getString("noticeVersion")).isEqualTo("2020-02-29");
    JsonObject myData =
        data(
            Api.graphql(
                "{ myData { account { maskedPhone } persons { id } consents { personId noticeVersion } dependentLinks { personId } } }",
                Map.of(),
                token),
            "myData");
    assertThat(myData.getJsonArray("consents")).hasSize(1);
    assertThat(myData.getJsonArray("persons").getJsonObject(0).getString("id")).isEqualTo(id);
  }

  @Test
  void claimPerson_ByTheDependent_EndsTheHoldersAccess() {
    String holder = signIn(newPhone());
    Map<String, Object> grandma = residentPerson("周奶奶");
    String id =
        data(addDependent(holder, grandma, "GRANDPARENT"), "addDependent")
            .getJsonObject("person")
            .getString("id");
    String own = signIn(newPhone());

    Response wrongDate =
        Api.graphql(
            "mutation($in: ClaimPersonInput!) { claimPerson(input: $in) { id } }",
            Map.of(
                "in",
                Map.of(
                    "documentType",
                    grandma.get("documentType"),
                    "documentNumber",
                    grandma.get("documentNumber"),
                    "dateOfBirth",
                    LocalDate.parse((String) grandma.get("dateOfBirth")).minusDays(1).toString())),
            own);
    assertThat(errorCode(wrongDate)).isEqualTo("NOT_FOUND");

    JsonObject claimed =
        data(
            Api.graphql(
                "mutation($in: ClaimPersonInput!) { claimPerson(input: $in) { id } }",
                Map.of(
                    "in",
                    Map.of(
                        "documentType",
                        grandma.get("documentType"),
                        "documentNumber",
                        grandma.get("documentNumber"),
                        "dateOfBirth",
                        grandma.get("dateOfBirth"))),
                own),
            "claimPerson");

    assertThat(claimed.getString("id")).isEqualTo(id);
    assertThat(
            data(Api.graphql("{ me { self { id } } }", Map.of(), own), "me")
                .getJsonObject("self")
                .getString("id"))
        .isEqualTo(id);
    assertThat(
            data(Api.graphql("{ me { dependents { relationship } } }", Map.of(), holder), "me")
                .getJsonArray("dependents"))
        .isEmpty();
    assertThat(
            errorCode(
                Api.graphql(
                    "query($id: ID!) { person(id: $id) { id } }", Map.of("id", id), holder)))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void findPersonByDocument_AsACitizen_IsRefused() {
    String token = signIn(newPhone());
    Map<String, Object> self = residentPerson("吴九");
    data(registerSelf(token, self), "registerSelf");

    Response response =
        Api.graphql(
            "query($n: String!) { findPersonByDocument(documentType: RESIDENT_ID_CARD, number: $n, reason: \"curious\") { id } }",
            Map.of("n", self.get("documentNumber")),
            token);

    assertThat(errorCode(response)).isEqualTo("FORBIDDEN");
  }

  @Test
  void database_AfterRegistering_HoldsNoPlainNameDocumentOrPhone() throws SQLException {
    String phone = newPhone();
    String token = signIn(phone);
    Map<String, Object> self = residentPerson("郑十一");
    data(registerSelf(token, self), "registerSelf");
    List<String> secrets =
        List.of(phone, (String) self.get("name"), (String) self.get("documentNumber"));

    List<String> leaks = new ArrayList<>();
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_name, column_name FROM information_schema.columns"
                  + " WHERE table_schema = DATABASE() AND table_name LIKE 'identity\\_%'")) {
        while (rows.next()) {
          columns.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      assertThat(columns).isNotEmpty();
      for (String[] column : columns) {
        for (String secret : secrets) {
          String hex =
              HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)).toUpperCase();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT COUNT(*) FROM "
                      + column[0]
                      + " WHERE CAST("
                      + column[1]
                      + " AS CHAR) LIKE ?"
                      + " OR HEX("
                      + column[1]
                      + ") LIKE ?")) {
            query.setString(1, "%" + secret + "%");
            query.setString(2, "%" + hex + "%");
            try (ResultSet count = query.executeQuery()) {
              count.next();
              if (count.getInt(1) > 0) {
                leaks.add(column[0] + "." + column[1]);
              }
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
