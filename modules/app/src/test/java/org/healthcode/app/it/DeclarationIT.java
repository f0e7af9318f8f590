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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Connections;
import org.healthcode.app.it.support.Declarations;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/** Declaring, the background review, risk areas, rule versions and the manual review queue. */
class DeclarationIT extends DeployedApplication {

  private static final String SUBMIT =
      "mutation($in: DeclarationInput!) { submitDeclaration(input: $in) {"
          + " declarationId outcome colour needsManualReview"
          + " firedRules { ruleId version description outcome } reviewedAt } }";

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  /** A citizen with their own consenting person. */
  private record Holder(String token, String personId) {}

  @Test
  void submitDeclaration_ForSelfWithNothingDeclared_IsGreenWithNoRuleFired() {
    Holder holder = holderWithConsent();

    JsonObject review = submitted(holder.token(), form(holder.personId()));

    assertThat(review.getString("outcome")).isEqualTo("GREEN");
    assertThat(review.getJsonArray("firedRules")).isEmpty();
    assertThat(review.getBoolean("needsManualReview")).isFalse();
  }

  @Test
  void submitDeclaration_ForDependentAsConfirmedCase_IsRed() {
    Holder holder = holderWithConsent();
    String dependent =
        data(addDependent(holder.token(), residentPerson("李小红"), "CHILD"), "addDependent")
            .getJsonObject("person")
            .getString("id");
    consent(holder.token(), dependent);
    Map<String, Object> form = form(dependent);
    form.put("caseStatus", "CONFIRMED");

    JsonObject review = submitted(holder.token(), form);

    assertThat(review.getString("outcome")).isEqualTo("RED");
    assertThat(ruleIds(review)).containsExactly("RED-CONFIRMED-OR-SUSPECTED-CASE");
  }

  @Test
  void submitDeclaration_WithASymptom_IsOrange() {
    Holder holder = holderWithConsent();
    Map<String, Object> form = form(holder.personId());
    form.put("symptoms", List.of("COUGH"));

    JsonObject review = submitted(holder.token(), form);

    assertThat(review.getString("outcome")).isEqualTo("ORANGE");
    assertThat(ruleIds(review)).containsExactly("ORANGE-SYMPTOM");
    assertThat(review.getJsonArray("firedRules").getJsonObject(0).getInt("version")).isEqualTo(1);
  }

  @Test
  void submitDeclaration_WithoutConsent_IsConsentRequired() {
    String token = signIn(newPhone());
    String personId =
        data(registerSelf(token, residentPerson("周九")), "registerSelf").getString("id");

    assertThat(errorCode(submit(token, form(personId)))).isEqualTo("CONSENT_REQUIRED");
  }

  @Test
  void submitDeclaration_ForSomeoneElsesPerson_IsNotFoundLikeIdentitysPerson() {
    Holder other = holderWithConsent();
    String stranger = signIn(newPhone());

    assertThat(errorCode(submit(stranger, form(other.personId())))).isEqualTo("NOT_FOUND");
  }

  @Test
  void submitDeclaration_WithAnInvalidField_IsInvalidDeclarationNamingIt() {
    Holder holder = holderWithConsent();
    record Case(String field, Object value, String named) {}
    List<Case> cases =
        List.of(
            new Case("stays", stay("120101", TODAY.minusDays(1), TODAY.plusDays(1)), "stays[0].to"),
            new Case(
                "stays", stay("120101", TODAY.minusDays(20), TODAY.minusDays(15)), "stays[0].to"),
            new Case("temperature", new BigDecimal("33.9"), "temperature"),
            new Case("temperature", new BigDecimal("43.1"), "temperature"),
            new Case(
                "stays", stay("999999", TODAY.minusDays(3), TODAY.minusDays(2)), "stays[0].region"),
            new Case(
                "stays", stay("120101", TODAY.minusDays(2), TODAY.minusDays(3)), "stays[0].to"));

    for (Case invalid : cases) {
      Map<String, Object> form = form(holder.personId());
      form.put(invalid.field(), invalid.value());
      Response response = submit(holder.token(), form);

      assertThat(errorCode(response)).as(invalid.toString()).isEqualTo("INVALID_DECLARATION");
      assertThat(response.getErrors().get(0).getMessage())
          .as(invalid.toString())
          .startsWith(invalid.named() + ":");
    }
  }

  @Test
  void submitDeclaration_WithFeverAfterAStayInANewHighRiskArea_IsRed() {
    String supervisor = TestTokens.valid("staff:it-supervisor", List.of("SUPERVISOR"));
    // Nauru: no other test declares a stay there
    JsonObject area =
        data(
            Api.graphql(
                "mutation($in: CreateRiskAreaInput!) { createRiskArea(input: $in)"
                    + " { id region level validFrom validTo } }",
                Map.of(
                    "in",
                    Map.of(
                        "region", "NRU",
                        "level", "HIGH",
                        "validFrom", TODAY.minusDays(10).toString(),
                        "reason", "outbreak reported")),
                supervisor),
            "createRiskArea");
    Holder holder = holderWithConsent();
    Map<String, Object> form = form(holder.personId());
    form.put("temperature", new BigDecimal("37.5"));
    form.put("symptoms", List.of("FEVER"));
    form.put("stays", stay("NRU", TODAY.minusDays(6), TODAY.minusDays(4)));

    JsonObject review = submitted(holder.token(), form);

    assertThat(area.getString("level")).isEqualTo("HIGH");
    assertThat(review.getString("outcome")).isEqualTo("RED");
    assertThat(ruleIds(review))
        .contains("RED-FEVER-AND-HIGH-RISK-STAY", "ORANGE-RISK-AREA-STAY", "ORANGE-SYMPTOM");
    JsonObject listed =
        data(
            Api.graphql(
                "query($d: Date) { riskAreas(first: 100, activeOn: $d) { edges { node { id } } } }",
                Map.of("d", TODAY.toString()),
                supervisor),
            "riskAreas");
    assertThat(listed.toString()).contains("\"" + area.getString("id") + "\"");
  }

  @Test
  void addRuleVersion_ValidFromToday_OlderDeclarationKeepsItsStoredOutcome() {
    String supervisor = TestTokens.valid("staff:it-supervisor", List.of("SUPERVISOR"));
    // a rule of this test only, in force today only, so other tests see no change
    String ruleId = "IT-OBSERVATION-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    JsonObject first = addRule(supervisor, ruleId, "Under observation (v1)", "ORANGE");
    Holder holder = holderWithConsent();
    Map<String, Object> form = form(holder.personId());
    form.put("underMedicalObservation", true);
    JsonObject before = submitted(holder.token(), form);

    JsonObject second = addRule(supervisor, ruleId, "Under observation (v2)", "RED");
    JsonObject after = submitted(holder.token(), form);

    assertThat(first.getInt("version")).isEqualTo(1);
    assertThat(second.getInt("version")).isEqualTo(2);
    assertThat(before.getString("outcome")).isEqualTo("ORANGE");
    assertThat(after.getString("outcome")).isEqualTo("RED");
    JsonObject history =
        data(
            Api.graphql(
                "query($p: ID!) { declarations(personId: $p, first: 10) { edges { node {"
                    + " id review { outcome firedRules { ruleId version outcome } } } } } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "declarations");
    List<JsonObject> nodes =
        history.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
            .map(edge -> edge.getJsonObject("node"))
            .toList();
    assertThat(nodes).hasSize(2);
    // newest first; the older one as it was recorded, with version 1
    assertThat(nodes.get(1).getString("id")).isEqualTo(before.getString("declarationId"));
    assertThat(nodes.get(1).getJsonObject("review").getString("outcome")).isEqualTo("ORANGE");
    assertThat(nodes.get(1).getJsonObject("review").getJsonArray("firedRules").toString())
        .contains("\"version\":1");
    assertThat(nodes.get(0).getJsonObject("review").getString("outcome")).isEqualTo("RED");
  }

  @Test
  void decideReview_ForAContradictoryDeclaration_IsDecidedOnceAndAudited() {
    Holder holder = holderWithConsent();
    Map<String, Object> form = form(holder.personId());
    form.put("temperature", new BigDecimal("38.0"));
    JsonObject review = submitted(holder.token(), form);
    String declarationId = review.getString("declarationId");
    String reviewer = TestTokens.valid("staff:it-reviewer", List.of("REVIEWER"));

    JsonObject item = queued(reviewer, declarationId);
    Response decided = decide(reviewer, item.getString("id"), "called the person: no fever");
    Response again = decide(reviewer, item.getString("id"), "second try");

    assertThat(review.getString("outcome")).isEqualTo("MANUAL_REVIEW");
    assertThat(ruleIds(review)).contains("MANUAL-FEVER-NOT-DECLARED");
    assertThat(item.getString("maskedName")).contains("*");
    assertThat(item.getJsonObject("declaration").getJsonObject("review").toString())
        .contains("MANUAL-FEVER-NOT-DECLARED");
    JsonObject decision = data(decided, "decideReview");
    assertThat(decision.getString("status")).isEqualTo("DECIDED");
    assertThat(decision.getString("decision")).isEqualTo("GREEN");
    assertThat(errorCode(again)).isEqualTo("ALREADY_DECIDED");
    String auditor = TestTokens.valid("staff:it-auditor", List.of("AUDITOR"));
    JsonObject audit =
        data(
            Api.graphql(
                "query($id: String) { auditLog(first: 10, subjectType: \"DECLARATION\","
                    + " subjectId: $id) { edges { node { action actor reason } } } }",
                Map.of("id", declarationId),
                auditor),
            "auditLog");
    assertThat(audit.toString())
        .contains(
            "DECLARATION_READ",
            "DECLARATION_REVIEWED",
            "staff:it-reviewer",
            "called the person: no fever");
  }

  @Test
  void reviewQueue_AsCitizen_IsForbidden() {
    String citizen = signIn(newPhone());

    assertThat(errorCode(Api.graphql("{ reviewQueue { edges { cursor } } }", Map.of(), citizen)))
        .isEqualTo("FORBIDDEN");
  }

  private static Holder holderWithConsent() {
    String token = signIn(newPhone());
    String personId =
        data(registerSelf(token, residentPerson("王小明")), "registerSelf").getString("id");
    consent(token, personId);
    return new Holder(token, personId);
  }

  private static void consent(String token, String personId) {
    Declarations.consent(token, personId);
  }

  private static Map<String, Object> form(String personId) {
    return Declarations.nothingToReport(personId);
  }

  private static List<Map<String, Object>> stay(String region, LocalDate from, LocalDate to) {
    return List.of(Map.of("region", region, "from", from.toString(), "to", to.toString()));
  }

  private static Response submit(String token, Map<String, Object> form) {
    return Api.graphql(SUBMIT, Map.of("in", form), token);
  }

  private static JsonObject submitted(String token, Map<String, Object> form) {
    return data(submit(token, form), "submitDeclaration");
  }

  private static List<String> ruleIds(JsonObject review) {
    return review.getJsonArray("firedRules").getValuesAs(JsonObject.class).stream()
        .map(rule -> rule.getString("ruleId"))
        .toList();
  }

  private static JsonObject addRule(
      String supervisor, String ruleId, String description, String outcome) {
    return data(
        Api.graphql(
            "mutation($in: RuleVersionInput!) { addRuleVersion(input: $in)"
                + " { ruleId version outcome validFrom validTo } }",
            Map.of(
                "in",
                Map.of(
                    "ruleId",
                    ruleId,
                    "description",
                    description,
                    "outcome",
                    outcome,
                    "validFrom",
                    TODAY.toString(),
                    "validTo",
                    TODAY.toString(),
                    "condition",
                    "{\"kind\":\"UNDER_MEDICAL_OBSERVATION\"}")),
            supervisor),
        "addRuleVersion");
  }

  /** The open queue item of the declaration, paging through the queue oldest first. */
  private static JsonObject queued(String reviewer, String declarationId) {
    return Connections.allNodes(
            "reviewQueue",
            "query($after: String) { reviewQueue(first: 100, after: $after) {"
                + " edges { node { id maskedName createdAt declaration { id"
                + " review { outcome firedRules { ruleId version } } } } }"
                + " pageInfo { hasNextPage endCursor } } }",
            reviewer)
        .stream()
        .filter(node -> node.getJsonObject("declaration").getString("id").equals(declarationId))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("declaration " + declarationId + " not in the queue"));
  }

  private static Response decide(String reviewer, String itemId, String reason) {
    return Api.graphql(
        "mutation($id: ID!, $r: String!) { decideReview(itemId: $id, outcome: GREEN, reason: $r)"
            + " { id status decision reason decidedBy } }",
        Map.of("id", itemId, "r", reason),
        reviewer);
  }
}
