package org.healthcode.app.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Citizens for black-box tests: fresh phones and documents, sign-in, registration. */
public final class Citizens {

  private Citizens() {}

  /** A mainland mobile number no other test uses (random). */
  public static String newPhone() {
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    ErrorLeaks.remember(phone);
    return phone;
  }

  /** Requests a code, reads it through the development query and signs in; returns the token. */
  public static String signIn(String phone) {
    Response requested =
        Api.graphql(
            "mutation($p: String!) { requestSignInCode(phone: $p) { expiresAt } }",
            Map.of("p", phone),
            null);
    assertThat(requested.getErrors()).as("requestSignInCode errors").isNullOrEmpty();
    String code = developmentCode(phone);
    Response signedIn =
        Api.graphql(
            "mutation($p: String!, $c: String!) { signInWithCode(phone: $p, code: $c)"
                + " { token expiresAt } }",
            Map.of("p", phone, "c", code),
            null);
    assertThat(signedIn.getErrors()).as("signInWithCode errors").isNullOrEmpty();
    return signedIn.getData().getJsonObject("signInWithCode").getString("token");
  }

  public static String developmentCode(String phone) {
    Response response =
        Api.graphql(
            "query($p: String!) { developmentSignInCode(phone: $p) }", Map.of("p", phone), null);
    assertThat(response.getErrors()).as("developmentSignInCode errors").isNullOrEmpty();
    return response.getData().getString("developmentSignInCode");
  }

  /** The error code of the single error in the response. */
  public static String errorCode(Response response) {
    List<GraphQLError> errors = response.getErrors();
    assertThat(errors).as("errors of " + response).hasSize(1);
    return String.valueOf(errors.get(0).getExtensions().get("code"));
  }

  public static JsonObject data(Response response, String field) {
    assertThat(response.getErrors()).as(field + " errors").isNullOrEmpty();
    return response.getData().getJsonObject(field);
  }

  public static final String PERSON_FIELDS =
      "id maskedName documentType maskedDocumentNumber issuingCountry dateOfBirth sex"
          + " nationality homeDistrict";

  public static Response registerSelf(String token, Map<String, Object> person) {
    return Api.graphql(
        "mutation($in: PersonInput!) { registerSelf(input: $in) { " + PERSON_FIELDS + " } }",
        Map.of("in", person),
        token);
  }

  public static Response addDependent(String token, Map<String, Object> person, String relation) {
    return Api.graphql(
        "mutation($in: AddDependentInput!) { addDependent(input: $in)"
            + " { relationship person { "
            + PERSON_FIELDS
            + " } } }",
        Map.of("in", Map.of("person", person, "relationship", relation)),
        token);
  }

  /** A person input with a fresh, valid resident ID card of Heping district, Tianjin. */
  public static Map<String, Object> residentPerson(String name) {
    LocalDate birth = randomBirthDate();
    int sequence = ThreadLocalRandom.current().nextInt(1000);
    String number =
        withCheck(
            "120101"
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence));
    return person(
        name,
        "RESIDENT_ID_CARD",
        number,
        null,
        birth,
        sequence % 2 == 1 ? "MALE" : "FEMALE",
        "CHN",
        "HEPING");
  }

  public static Map<String, Object> person(
      String name,
      String type,
      String number,
      String issuingCountry,
      LocalDate birth,
      String sex,
      String nationality,
      String district) {
    ErrorLeaks.remember(name);
    ErrorLeaks.remember(number);
    Map<String, Object> person = new HashMap<>();
    person.put("name", name);
    person.put("documentType", type);
    person.put("documentNumber", number);
    if (issuingCountry != null) {
      person.put("issuingCountry", issuingCountry);
    }
    person.put("dateOfBirth", birth.toString());
    person.put("sex", sex);
    person.put("nationality", nationality);
    person.put("homeDistrict", district);
    return person;
  }

  public static LocalDate randomBirthDate() {
    return LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
  }

  public static String randomDigits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  /** Appends the GB 11643 (ISO 7064 MOD 11-2) check character. */
  public static String withCheck(String seventeenDigits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += Character.digit(seventeenDigits.charAt(i), 10) * weight;
    }
    int value = (12 - sum % 11) % 11;
    return seventeenDigits + (value == 10 ? "X" : String.valueOf(value));
  }
}
