package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Citizens.errorCode;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.Declarations;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.QrDecoding;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;

/**
 * A community service counter (docs/adr/0034): counter staff register a person with no phone with
 * consent on paper, declare for them, print a paper code that a gate admits, revoke it; a
 * relative's account claims the person later; every step is in the audit log.
 */
class CounterIT extends DeployedApplication {

  static final String REGISTER =
      "mutation($in: CounterRegistrationInput!) { registerAtCounter(input: $in) {"
          + " person { id maskedName } consent { noticeVersion givenAt paperReference } } }";
  static final String DECLARE =
      "mutation($in: DeclarationInput!) { submitDeclaration(input: $in) {"
          + " declarationId outcome needsManualReview firedRules { ruleId } } }";
  static final String PRINT =
      "mutation($id: ID!) { printPaperCode(personId: $id) { token qrText issuedAt expiresAt png } }";
  static final String REVOKE = "mutation($id: ID!) { revokePaperCode(personId: $id) }";
  static final String AUDIT =
      "query($a: String) { auditLog(first: 50, actor: $a) {"
          + " edges { node { actor actorRoles action reason } } } }";

  /** The staff member's token: a COUNTER account created by the admin and signed in. */
  static String counterStaff() {
    return Staff.token(Staff.createAccount("counter", "COUNTER"), Staff.PASSWORD);
  }

  static Response register(String token, Map<String, Object> person, String reference) {
    return Api.graphql(
        REGISTER,
        Map.of(
            "in",
            Map.of("person", person, "consentReference", reference, "noticeVersion", "2020-02-29")),
        token);
  }

  @Test
  void registerAtCounter_WithPaperConsent_DeclaresGreenAndPrintsACodeAGateAdmits()
      throws Exception {
    String counter = counterStaff();
    Map<String, Object> person = Citizens.residentPerson("王老汉");

    JsonObject registered =
        data(register(counter, person, "TJ-HP-2026-000123"), "registerAtCounter");
    String id = registered.getJsonObject("person").getString("id");
    JsonObject consent = registered.getJsonObject("consent");
    JsonObject review =
        data(
            Api.graphql(DECLARE, Map.of("in", Declarations.nothingToReport(id)), counter),
            "submitDeclaration");
    JsonObject paper = data(Api.graphql(PRINT, Map.of("id", id), counter), "printPaperCode");

    assertThat(registered.getJsonObject("person").getString("maskedName")).isEqualTo("王*汉");
    assertThat(consent.getString("paperReference")).isEqualTo("TJ-HP-2026-000123");
    assertThat(consent.getString("noticeVersion")).isEqualTo("2020-02-29");
    assertThat(review.getString("outcome")).isEqualTo("GREEN");
    assertThat(paper.getString("token")).hasSize(59);
    assertThat(paper.getString("expiresAt")).isGreaterThan("2027");
    // the printed QR carries T.S (the offline signature, ADR 32): a gate scans it as read
    assertThat(paper.getString("qrText")).startsWith(paper.getString("token") + ".");
    assertThat(QrDecoding.decode(paper.getString("png"))).isEqualTo(paper.getString("qrText"));
    Venues.Device gate = Venues.newDevice();
    JsonObject scan = admittedEventually(gate, paper.getString("qrText"));
    assertThat(scan.getString("outcome")).isEqualTo("ADMIT");
    assertThat(scan.getString("colour")).isEqualTo("GREEN");
    assertThat(scan.getString("maskedName")).isEqualTo("王*汉");
  }

  @Test
  void submitDeclaration_AtCounterWithACough_IsReviewedLikeAnyOtherAndTheGateDenies()
      throws Exception {
    String counter = counterStaff();
    String id = registeredId(counter);
    Map<String, Object> form = Declarations.nothingToReport(id);
    form.put("symptoms", List.of("COUGH"));

    JsonObject review =
        data(Api.graphql(DECLARE, Map.of("in", form), counter), "submitDeclaration");
    String token =
        data(Api.graphql(PRINT, Map.of("id", id), counter), "printPaperCode").getString("token");

    assertThat(review.getString("outcome")).isEqualTo("ORANGE");
    assertThat(review.getJsonArray("firedRules").getJsonObject(0).getString("ruleId"))
        .isEqualTo("ORANGE-SYMPTOM");
    Venues.Device gate = Venues.newDevice();
    JsonObject scan = Venues.scan(gate, token, "36.5");
    for (int i = 0; i < 40 && !"ORANGE".equals(scan.getString("colour", null)); i++) {
      Thread.sleep(250);
      scan = Venues.scan(gate, token, "36.5");
    }
    assertThat(scan.getString("outcome")).isEqualTo("DENY");
    assertThat(scan.getString("colour")).isEqualTo("ORANGE");
  }

  @Test
  void revokePaperCode_AtCounter_TheGateRefusesThePaperAndAReprintIsANewCode() throws Exception {
    String counter = counterStaff();
    String id = registeredId(counter);
    data(
        Api.graphql(DECLARE, Map.of("in", Declarations.nothingToReport(id)), counter),
        "submitDeclaration");
    String first =
        data(Api.graphql(PRINT, Map.of("id", id), counter), "printPaperCode").getString("token");
    Venues.Device gate = Venues.newDevice();
    admittedEventually(gate, first);

    Response revoked = Api.graphql(REVOKE, Map.of("id", id), counter);
    Response refused = Venues.scan(gate, "scan-" + UUID.randomUUID(), first, "36.5");
    String second =
        data(Api.graphql(PRINT, Map.of("id", id), counter), "printPaperCode").getString("token");

    assertThat(revoked.getData().getBoolean("revokePaperCode")).isTrue();
    assertThat(refusedOrDenied(refused)).isTrue();
    assertThat(second).isNotEqualTo(first);
    assertThat(Venues.scan(gate, second, "36.5").getString("outcome")).isEqualTo("ADMIT");
  }

  @Test
  void registerAtCounter_WithoutConsentReference_IsConsentReferenceRequiredAndStoresNothing()
      throws Exception {
    String counter = counterStaff();
    Map<String, Object> person = Citizens.residentPerson("赵大妈");

    Response blank = register(counter, person, "  ");
    Response tooLong = register(counter, person, "x".repeat(61));

    assertThat(errorCode(blank)).isEqualTo("CONSENT_REFERENCE_REQUIRED");
    assertThat(blank.getErrors().get(0).getExtensions().get("field")).isEqualTo("consentReference");
    assertThat(errorCode(tooLong)).isEqualTo("CONSENT_REFERENCE_REQUIRED");
    assertThat(
            Venues.queryLong(
                "SELECT COUNT(*) FROM identity_person p JOIN identity_consent c"
                    + " ON c.person_id = p.id WHERE c.paper_reference = ?",
                "x".repeat(61)))
        .isZero();
    // the same person registers once the reference is given: nothing of the refusals remained
    assertThat(register(counter, person, "F-1").getErrors()).isNullOrEmpty();
  }

  @Test
  void registerAtCounter_WithAnInvalidOrTakenDocument_HasTheCitizensErrorCodes() {
    String counter = counterStaff();
    Map<String, Object> person = Citizens.residentPerson("钱奶奶");
    Map<String, Object> badCheck = new java.util.HashMap<>(person);
    String number = (String) person.get("documentNumber");
    badCheck.put(
        "documentNumber", number.substring(0, 17) + (number.charAt(17) == '1' ? "2" : "1"));
    Map<String, Object> wrongBirth = new java.util.HashMap<>(person);
    wrongBirth.put("dateOfBirth", "1930-01-01");
    Map<String, Object> noName = new java.util.HashMap<>(person);
    noName.put("name", " ");

    assertThat(errorCode(register(counter, badCheck, "F-2"))).isEqualTo("INVALID_DOCUMENT");
    assertThat(errorCode(register(counter, wrongBirth, "F-2"))).isEqualTo("INVALID_DOCUMENT");
    assertThat(errorCode(register(counter, noName, "F-2"))).isEqualTo("BAD_INPUT");
    assertThat(register(counter, person, "F-2").getErrors()).isNullOrEmpty();
    assertThat(errorCode(register(counter, person, "F-3")))
        .isEqualTo("DOCUMENT_ALREADY_REGISTERED");
  }

  @Test
  void counterStaff_ForACitizensPerson_AreNotFound() {
    String counter = counterStaff();
    String citizen = Citizens.signIn(Citizens.newPhone());
    String own =
        data(Citizens.registerSelf(citizen, Citizens.residentPerson("孙小姐")), "registerSelf")
            .getString("id");

    assertThat(errorCode(Api.graphql(PRINT, Map.of("id", own), counter))).isEqualTo("NOT_FOUND");
    assertThat(errorCode(Api.graphql(REVOKE, Map.of("id", own), counter))).isEqualTo("NOT_FOUND");
    assertThat(
            errorCode(
                Api.graphql(DECLARE, Map.of("in", Declarations.nothingToReport(own)), counter)))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void claimPerson_ByARelativesAccount_TakesTheCounterPersonAsDependentAndTheCounterLetsGo() {
    String counter = counterStaff();
    Map<String, Object> person = Citizens.residentPerson("周爷爷");
    String id = registeredId(counter, person, "F-CLAIM");
    String relative = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> claim =
        Map.of(
            "documentType",
            "RESIDENT_ID_CARD",
            "documentNumber",
            person.get("documentNumber"),
            "dateOfBirth",
            person.get("dateOfBirth"),
            "relationship",
            "GRANDPARENT");
    Map<String, Object> wrongBirth = new java.util.HashMap<>(claim);
    wrongBirth.put("dateOfBirth", "1931-02-03");
    String claimPerson =
        "mutation($in: ClaimPersonInput!) { claimPerson(input: $in) { id maskedName } }";

    assertThat(errorCode(Api.graphql(claimPerson, Map.of("in", wrongBirth), relative)))
        .isEqualTo("NOT_FOUND");
    JsonObject claimed =
        data(Api.graphql(claimPerson, Map.of("in", claim), relative), "claimPerson");
    JsonObject me =
        data(Api.graphql("{ me { dependents { relationship person { id } } } }", relative), "me");

    assertThat(claimed.getString("id")).isEqualTo(id);
    assertThat(me.getJsonArray("dependents").getJsonObject(0).getString("relationship"))
        .isEqualTo("GRANDPARENT");
    // the counter no longer acts for a person an account holds
    assertThat(errorCode(Api.graphql(PRINT, Map.of("id", id), counter))).isEqualTo("NOT_FOUND");
    // the relative declares for them like for any dependent (the paper consent counts)
    assertThat(
            Api.graphql(DECLARE, Map.of("in", Declarations.nothingToReport(id)), relative)
                .getErrors())
        .isNullOrEmpty();
    // a second claim finds no counter person any more
    assertThat(
            errorCode(
                Api.graphql(
                    claimPerson, Map.of("in", claim), Citizens.signIn(Citizens.newPhone()))))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void claimPerson_AsOwnPerson_WorksForACounterPerson() {
    String counter = counterStaff();
    Map<String, Object> person = Citizens.residentPerson("吴阿姨");
    String id = registeredId(counter, person, "F-SELF");
    String own = Citizens.signIn(Citizens.newPhone());

    JsonObject claimed =
        data(
            Api.graphql(
                "mutation($in: ClaimPersonInput!) { claimPerson(input: $in) { id } }",
                Map.of(
                    "in",
                    Map.of(
                        "documentType", "RESIDENT_ID_CARD",
                        "documentNumber", person.get("documentNumber"),
                        "dateOfBirth", person.get("dateOfBirth"))),
                own),
            "claimPerson");

    assertThat(claimed.getString("id")).isEqualTo(id);
    assertThat(
            data(Api.graphql("{ me { self { id } } }", own), "me")
                .getJsonObject("self")
                .getString("id"))
        .isEqualTo(id);
  }

  @Test
  void counterActions_AreAudited_WithTheStaffMemberAndThePaperReference() throws Exception {
    String username = Staff.createAccount("counter", "COUNTER");
    String counter = Staff.token(username, Staff.PASSWORD);
    Map<String, Object> person = Citizens.residentPerson("郑伯伯");
    String id = registeredId(counter, person, "F-AUDIT-7");
    data(
        Api.graphql(DECLARE, Map.of("in", Declarations.nothingToReport(id)), counter),
        "submitDeclaration");
    data(Api.graphql(PRINT, Map.of("id", id), counter), "printPaperCode");
    Api.graphql(REVOKE, Map.of("id", id), counter);
    String found =
        data(
                Api.graphql(
                    "query($n: String!) { counterPerson(documentType: RESIDENT_ID_CARD,"
                        + " number: $n, reason: \"reprint a lost pass\") { id } }",
                    Map.of("n", person.get("documentNumber")),
                    counter),
                "counterPerson")
            .getString("id");
    String auditor = TestTokens.valid("staff:counter-audit", List.of("AUDITOR"));

    List<String> entries =
        data(Api.graphql(AUDIT, Map.of("a", "staff:" + username), auditor), "auditLog")
            .getJsonArray("edges")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(edge -> edge.getJsonObject("node"))
            .map(
                node ->
                    node.getString("actor")
                        + " "
                        + node.getString("action")
                        + " "
                        + node.getString("reason", "-"))
            .toList();

    assertThat(found).isEqualTo(id);
    String actor = "staff:" + username;
    assertThat(entries)
        .contains(
            actor + " PERSON_REGISTERED_AT_COUNTER -",
            actor + " CONSENT_RECORDED_ON_PAPER F-AUDIT-7",
            actor + " PERSON_READ reprint a lost pass")
        .anyMatch(entry -> entry.startsWith(actor + " PAPER_CODE_PRINTED"))
        .anyMatch(entry -> entry.startsWith(actor + " PAPER_CODE_REVOKED"));
    assertThat(
            entries.stream()
                .filter(entry -> entry.startsWith(actor + " DECLARATION_SUBMITTED_AT_COUNTER")))
        .hasSize(1);
  }

  private static String registeredId(String counter) {
    return registeredId(
        counter,
        Citizens.residentPerson("冯老太"),
        "F-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static String registeredId(String counter, Map<String, Object> person, String reference) {
    return data(register(counter, person, reference), "registerAtCounter")
        .getJsonObject("person")
        .getString("id");
  }

  /**
   * A scan of the code once the review's colour is applied (right after the declaration commits).
   */
  static JsonObject admittedEventually(Venues.Device gate, String token)
      throws InterruptedException {
    JsonObject scan = Venues.scan(gate, token, "36.5");
    for (int i = 0; i < 40 && !"ADMIT".equals(scan.getString("outcome", null)); i++) {
      Thread.sleep(250);
      scan = Venues.scan(gate, token, "36.5");
    }
    return scan;
  }

  private static boolean refusedOrDenied(Response response) {
    if (response.getErrors() != null && !response.getErrors().isEmpty()) {
      return true;
    }
    return "DENY".equals(response.getData().getJsonObject("scan").getString("outcome"));
  }
}
