package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every guarded operation, called by every role and anonymously: the roles it names get past the
 * guard, every other role is FORBIDDEN, no token is UNAUTHENTICATED. The operation list is checked
 * against the served schema, so a new operation cannot ship without a line here.
 */
class RoleGuardsIT extends DeployedApplication {

  private static final List<String> ALL_ROLES =
      List.of(
          "CITIZEN",
          "VENUE_OPERATOR",
          "SCANNER",
          "REVIEWER",
          "SUPERVISOR",
          "ANALYST",
          "AUDITOR",
          "COUNTER",
          "ADMIN");

  private static final String PERSON_INPUT =
      "{name: \"张三明\", documentType: RESIDENT_ID_CARD, documentNumber: \"11010519491231002X\","
          + " dateOfBirth: \"1949-12-31\", sex: FEMALE, nationality: \"CHN\", homeDistrict: HEPING}";

  /** Operation name, a valid document calling it, and the roles it admits. */
  private record Guarded(String name, String document, Set<String> allowed) {}

  private static final List<Guarded> GUARDED =
      List.of(
          new Guarded("auditLog", "{ auditLog(first: 1) { __typename } }", Set.of("AUDITOR")),
          new Guarded(
              "healthCode", "{ healthCode(personId: \"1\") { __typename } }", Set.of("CITIZEN")),
          new Guarded(
              "healthCodeForReview",
              "{ healthCodeForReview(personId: \"999999999\", reason: \"guard test\")"
                  + " { __typename } }",
              Set.of("REVIEWER", "SUPERVISOR")),
          new Guarded(
              "notifications",
              "{ notifications(personId: \"1\", first: 1) { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "colourChangeProposals",
              "{ colourChangeProposals(first: 1) { __typename } }",
              Set.of("REVIEWER", "SUPERVISOR")),
          new Guarded("appeals", "{ appeals(first: 1) { __typename } }", Set.of("REVIEWER")),
          new Guarded(
              "appealColour",
              "mutation { appealColour(personId: \"1\", reason: \"guard test\") { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "proposeColourChange",
              "mutation { proposeColourChange(input: {personId: \"999999999\", targetColour: RED,"
                  + " reasonCode: CONFIRMED_CASE, reasonText: \"guard test\","
                  + " legalBasis: \"guard test\"}) { __typename } }",
              Set.of("REVIEWER")),
          new Guarded(
              "approveColourChange",
              "mutation { approveColourChange(id: \"0\") { __typename } }",
              Set.of("SUPERVISOR")),
          new Guarded(
              "rejectColourChange",
              "mutation { rejectColourChange(id: \"0\", reason: \"guard test\") { __typename } }",
              Set.of("SUPERVISOR")),
          new Guarded(
              "answerAppeal",
              "mutation { answerAppeal(id: \"0\", outcome: KEEP, answer: \"guard test\")"
                  + " { __typename } }",
              Set.of("REVIEWER")),
          new Guarded("runObservationTimers", "mutation { runObservationTimers }", Set.of("ADMIN")),
          new Guarded("colourCounts", "{ colourCounts { __typename } }", Set.of("ANALYST")),
          new Guarded(
              "colourCountSeries",
              "{ colourCountSeries(from: \"2026-01-01\", to: \"2026-01-02\") { __typename } }",
              Set.of("ANALYST")),
          new Guarded("currentSession", "{ currentSession { __typename } }", Set.copyOf(ALL_ROLES)),
          new Guarded(
              "findPersonByDocument",
              "{ findPersonByDocument(documentType: RESIDENT_ID_CARD, number: \"11010519491231002X\","
                  + " reason: \"role guard test\") { __typename } }",
              Set.of("REVIEWER")),
          new Guarded(
              "healthCodeQr",
              "{ healthCodeQr(personId: \"1\", format: PNG) { __typename } }",
              Set.of("CITIZEN")),
          new Guarded("me", "{ me { __typename } }", Set.of("CITIZEN")),
          new Guarded("myData", "{ myData { __typename } }", Set.of("CITIZEN")),
          new Guarded("person", "{ person(id: \"1\") { __typename } }", Set.of("CITIZEN")),
          new Guarded(
              "staffAccounts", "{ staffAccounts(first: 1) { __typename } }", Set.of("ADMIN")),
          new Guarded(
              "addDependent",
              "mutation { addDependent(input: {person: "
                  + PERSON_INPUT
                  + ", relationship: PARENT}) { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "claimPerson",
              "mutation { claimPerson(input: {documentType: RESIDENT_ID_CARD,"
                  + " documentNumber: \"11010519491231002X\", dateOfBirth: \"1949-12-31\"})"
                  + " { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "createStaffAccount",
              "mutation { createStaffAccount(input: {username: \"x\", password: \"short\","
                  + " roles: [REVIEWER]}) { __typename } }",
              Set.of("ADMIN")),
          new Guarded("dataKeyRotation", "{ dataKeyRotation { __typename } }", Set.of("ADMIN")),
          new Guarded(
              "startDataKeyRotation",
              "mutation { startDataKeyRotation { __typename } }",
              Set.of("ADMIN")),
          new Guarded(
              "disableStaffAccount",
              "mutation { disableStaffAccount(username: \"nobody-here\", reason: \"guard test\")"
                  + " { __typename } }",
              Set.of("ADMIN")),
          new Guarded(
              "printPaperCode",
              "mutation { printPaperCode(personId: \"1\") { __typename } }",
              Set.of("CITIZEN", "COUNTER")),
          new Guarded(
              "recordConsent",
              "mutation { recordConsent(personId: \"1\", noticeVersion: \"2020-02-29\")"
                  + " { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "revokePaperCode",
              "mutation { revokePaperCode(personId: \"1\") }",
              Set.of("CITIZEN", "COUNTER")),
          new Guarded(
              "registerAtCounter",
              // no consent reference: refused after the guard, nothing is stored
              "mutation { registerAtCounter(input: {person: "
                  + PERSON_INPUT
                  + ", consentReference: \"\", noticeVersion: \"2020-02-29\"}) { __typename } }",
              Set.of("COUNTER")),
          new Guarded(
              "counterPerson",
              "{ counterPerson(documentType: RESIDENT_ID_CARD, number: \"11010519491231002X\","
                  + " reason: \"role guard test\") { __typename } }",
              Set.of("COUNTER")),
          new Guarded(
              "registerSelf",
              "mutation { registerSelf(input: " + PERSON_INPUT + ") { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "declarations",
              "{ declarations(personId: \"0\", first: 1) { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "submitDeclaration",
              "mutation { submitDeclaration(input: {personId: \"0\", location: {address: \"x\"},"
                  + " temperature: 36.5, caseContact: {kind: NONE}, caseStatus: NONE,"
                  + " underMedicalObservation: false}) { __typename } }",
              Set.of("CITIZEN", "COUNTER")),
          new Guarded("riskAreas", "{ riskAreas(first: 1) { __typename } }", Set.of("SUPERVISOR")),
          new Guarded(
              "createRiskArea",
              // an unknown region: refused after the guard, nothing is stored
              "mutation { createRiskArea(input: {region: \"000000\", level: LOW,"
                  + " validFrom: \"2020-03-01\", reason: \"guard test\"}) { __typename } }",
              Set.of("SUPERVISOR")),
          new Guarded(
              "endRiskArea",
              "mutation { endRiskArea(id: \"0\", validTo: \"2020-03-01\", reason: \"guard test\")"
                  + " { __typename } }",
              Set.of("SUPERVISOR")),
          new Guarded("rules", "{ rules(first: 1) { __typename } }", Set.of("SUPERVISOR")),
          new Guarded(
              "addRuleVersion",
              // valid from a past day: refused after the guard, nothing is stored
              "mutation { addRuleVersion(input: {ruleId: \"GUARD-TEST\", description: \"x\","
                  + " outcome: ORANGE, validFrom: \"2020-03-01\","
                  + " condition: \"{}\"}) { __typename } }",
              Set.of("SUPERVISOR")),
          new Guarded(
              "reviewQueue", "{ reviewQueue(first: 1) { __typename } }", Set.of("REVIEWER")),
          new Guarded(
              "decideReview",
              "mutation { decideReview(itemId: \"0\", outcome: GREEN, reason: \"guard test\")"
                  + " { __typename } }",
              Set.of("REVIEWER")),
          new Guarded(
              "registerVenue",
              // the blank address is refused after the guard, nothing is stored
              "mutation { registerVenue(input: {name: \"x\", category: OTHER, district: HEPING,"
                  + " address: \" \"}) { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              "addEntryPoint",
              "mutation { addEntryPoint(venueId: \"0\", label: \"x\") { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              "myVenues", "{ myVenues(first: 1) { __typename } }", Set.of("VENUE_OPERATOR")),
          new Guarded(
              "issueDeviceCredential",
              "mutation { issueDeviceCredential(entryPointId: \"0\") { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              "revokeDeviceCredential",
              "mutation { revokeDeviceCredential(entryPointId: \"0\", credentialId: \"x\") }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              "deviceCredentials",
              "{ deviceCredentials(entryPointId: \"0\") { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              // the guard-test device has no credential: refused after the guard
              "offlineBundle", "{ offlineBundle { freshnessSeconds } }", Set.of("SCANNER")),
          new Guarded(
              // the guard-test device has no credential: refused after the guard, nothing stored
              "registerOfflineDeviceKey",
              "mutation { registerOfflineDeviceKey(publicKey: \"AAAA\") }",
              Set.of("SCANNER")),
          new Guarded(
              "uploadOfflineScans",
              "mutation { uploadOfflineScans(input: {sentAt: \"2026-01-01T00:00:00Z\","
                  + " scans: []}) { accepted } }",
              Set.of("SCANNER")),
          new Guarded(
              // the guard-test device has no credential: refused after the guard, nothing stored
              "scan",
              "mutation { scan(input: {scanId: \"guard-test-scan\", codeToken: \"x\","
                  + " temperature: 36.5}) { __typename } }",
              Set.of("SCANNER")),
          new Guarded(
              // the guard-test device has no credential, the operator names no entry point: both
              // refused after the guard, nothing stored
              "manualPass",
              "mutation { manualPass(input: {scanId: \"guard-test-pass\", documentType: PASSPORT,"
                  + " documentNumber: \"E12345678\", issuingCountry: \"CHN\","
                  + " temperature: 36.5}) { __typename } }",
              Set.of("SCANNER", "VENUE_OPERATOR")),
          new Guarded(
              "venueCode",
              "{ venueCode(entryPointId: \"0\") { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              "checkIn",
              "mutation { checkIn(input: {venueCode: \"x\", checkInId: \"guard-test\","
                  + " personIds: [\"0\"]}) { __typename } }",
              Set.of("CITIZEN")),
          new Guarded(
              "checkIns", "{ checkIns(personId: \"0\") { __typename } }", Set.of("CITIZEN")),
          new Guarded(
              "recordConfirmedCase",
              "mutation { recordConfirmedCase(personId: \"0\", onsetDate: \"2026-01-01\")"
                  + " { __typename } }",
              Set.of("REVIEWER")),
          new Guarded(
              "contactTracingJob",
              "{ contactTracingJob(caseId: \"0\") { __typename } }",
              Set.of("REVIEWER")),
          new Guarded(
              "scanStatistics",
              "{ scanStatistics(from: \"2026-01-01T00:00:00Z\", to: \"2026-01-01T01:00:00Z\")"
                  + " { __typename } }",
              Set.of("ANALYST")),
          new Guarded(
              "venueScanStatistics",
              "{ venueScanStatistics(venueId: \"0\", from: \"2026-01-01T00:00:00Z\","
                  + " to: \"2026-01-01T01:00:00Z\") { __typename } }",
              Set.of("VENUE_OPERATOR")),
          new Guarded(
              // deletes only check-ins past the retention: none of the other tests' are
              "runCheckInRetention", "mutation { runCheckInRetention }", Set.of("ADMIN")));

  /** Open to anyone: sign-in, reference data, and the development-only sign-in code. */
  private static final Set<String> PUBLIC =
      Set.of(
          "colours",
          "consentNoticeVersion",
          "developmentSignInCode",
          "documentTypes",
          "symptoms",
          "systemInfo",
          "venueCategories",
          "requestSignInCode",
          "signInWithCode",
          "staffSignIn",
          "deviceSignIn");

  @Test
  void everyOperation_InTheServedSchema_IsListedHereAsGuardedOrPublic() {
    Set<String> served = new TreeSet<>();
    // one root per request: graphql-java refuses __Type.fields twice as bad-faith introspection
    for (String root : List.of("queryType", "mutationType")) {
      Response response = Api.graphql("{ __schema { " + root + " { fields { name } } } }");
      assertThat(response.getErrors()).as("introspection errors").isNullOrEmpty();
      response
          .getData()
          .getJsonObject("__schema")
          .getJsonObject(root)
          .getJsonArray("fields")
          .getValuesAs(JsonObject.class)
          .stream()
          .map(field -> field.getString("name"))
          .forEach(served::add);
    }
    Set<String> listed = new TreeSet<>(PUBLIC);
    GUARDED.stream().map(Guarded::name).forEach(listed::add);

    assertThat(served).isEqualTo(listed);
  }

  @Test
  void guardedOperations_WithoutAToken_AreUnauthenticated() {
    List<String> wrong = new ArrayList<>();
    for (Guarded operation : GUARDED) {
      String code = firstCode(Api.graphql(operation.document()));
      if (!"UNAUTHENTICATED".equals(code)) {
        wrong.add(operation.name() + " anonymous -> " + code);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void guardedOperations_ForEveryRole_AdmitExactlyTheNamedRoles() {
    List<String> wrong = new ArrayList<>();
    // a real citizen account, so that what a citizen may call gets past the account lookup too
    String citizen = Citizens.signIn(Citizens.newPhone());
    for (Guarded operation : GUARDED) {
      for (String role : ALL_ROLES) {
        String token =
            role.equals("CITIZEN") ? citizen : TestTokens.valid(subjectFor(role), List.of(role));
        String code = firstCode(Api.graphql(operation.document(), token));
        boolean refusedByGuard = "FORBIDDEN".equals(code) || "UNAUTHENTICATED".equals(code);
        if (operation.allowed().contains(role) == refusedByGuard) {
          wrong.add(operation.name() + " as " + role + " -> " + code);
        }
      }
    }
    assertThat(wrong)
        .as("operations whose guard let the wrong roles in or kept the right ones out")
        .isEmpty();
  }

  @Test
  void analyst_ReadingAnyPerson_IsRefusedEverywhere() {
    String analyst = TestTokens.valid("staff:guard-analyst", List.of("ANALYST"));

    Stream.of(
            "person",
            "findPersonByDocument",
            "me",
            "myData",
            "healthCodeQr",
            "printPaperCode",
            "revokePaperCode")
        .map(name -> GUARDED.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow())
        .forEach(
            operation ->
                assertThat(firstCode(Api.graphql(operation.document(), analyst)))
                    .as(operation.name())
                    .isEqualTo("FORBIDDEN"));
  }

  private static String subjectFor(String role) {
    return switch (role) {
      case "SCANNER" -> "device:guard-test";
      default -> "staff:guard-" + role.toLowerCase();
    };
  }

  /** The code of the first error, or "none" when the call succeeded. */
  private static String firstCode(Response response) {
    if (response.getErrors() == null || response.getErrors().isEmpty()) {
      return "none";
    }
    return String.valueOf(response.getErrors().get(0).getExtensions().get("code"));
  }
}
