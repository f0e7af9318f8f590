package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;
import static org.healthcode.app.it.support.Citizens.errorCode;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.Connections;
import org.healthcode.app.it.support.Declarations;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The colour side of the status module over GraphQL: manual changes under dual control, appeals,
 * notifications, observation timers and concurrent changes of one code.
 */
class StatusColoursIT extends DeployedApplication {

  private static final String CODE_FIELDS =
      "personId colour reason since observationEnd version"
          + " history(first: 10) { edges { node { version cause actor approvedBy reason from to"
          + " observationEnd at } } pageInfo { hasNextPage endCursor } }";

  private static final String PROPOSE =
      "mutation($in: ColourChangeProposalInput!) { proposeColourChange(input: $in)"
          + " { id personId targetColour state proposedBy basedOnVersion } }";

  private static final String APPROVE =
      "mutation($id: ID!) { approveColourChange(id: $id) { id state decidedBy } }";

  private static final String REJECT =
      "mutation($id: ID!, $r: String!) { rejectColourChange(id: $id, reason: $r)"
          + " { id state decidedBy rejectionReason } }";

  /** A citizen with a registered own person. */
  private record Holder(String token, String personId) {}

  private static Holder newHolder() {
    String token = Citizens.signIn(Citizens.newPhone());
    JsonObject person =
        data(Citizens.registerSelf(token, Citizens.residentPerson("王小红")), "registerSelf");
    return new Holder(token, person.getString("id"));
  }

  private static String staff(String role) {
    return TestTokens.valid(
        "staff:" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
        List.of(role));
  }

  private static Response propose(String reviewer, String personId, String colour) {
    Map<String, Object> input = new HashMap<>();
    input.put("personId", personId);
    input.put("targetColour", colour);
    input.put("reasonCode", colour.equals("GREEN") ? "LAB_TEST_NEGATIVE" : "CLOSE_CONTACT");
    input.put("reasonText", "contact traced by the district team");
    input.put("legalBasis", "Law on the Prevention and Treatment of Infectious Diseases, art. 39");
    return Api.graphql(PROPOSE, Map.of("in", input), reviewer);
  }

  private static String proposalId(Response proposed) {
    return data(proposed, "proposeColourChange").getString("id");
  }

  private static Response approve(String supervisor, String proposalId) {
    return Api.graphql(APPROVE, Map.of("id", proposalId), supervisor);
  }

  /** Gives the person a colour through a proposal and its approval by someone else. */
  private static void setColour(String personId, String colour) {
    String id = proposalId(propose(staff("REVIEWER"), personId, colour));
    data(approve(staff("SUPERVISOR"), id), "approveColourChange");
  }

  private static JsonObject code(Holder holder) {
    return data(
        Api.graphql(
            "query($p: ID!) { healthCode(personId: $p) { " + CODE_FIELDS + " } }",
            Map.of("p", holder.personId()),
            holder.token()),
        "healthCode");
  }

  private static List<JsonObject> history(JsonObject code) {
    return code
        .getJsonObject("history")
        .getJsonArray("edges")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(edge -> edge.getJsonObject("node"))
        .toList();
  }

  private static List<String> auditActions(String subjectType, String subjectId) {
    Response response =
        Api.graphql(
            "query($t: String, $i: String) { auditLog(first: 100, subjectType: $t, subjectId: $i)"
                + " { edges { node { action actor reason } } } }",
            Map.of("t", subjectType, "i", subjectId),
            staff("AUDITOR"));
    return data(response, "auditLog").getJsonArray("edges").getValuesAs(JsonObject.class).stream()
        .map(edge -> edge.getJsonObject("node").getString("action"))
        .toList();
  }

  @Test
  void approveColourChange_ByADifferentSupervisor_ChangesTheColourAndAuditsEachStep() {
    Holder holder = newHolder();
    String reviewer = staff("REVIEWER");
    String proposalId = proposalId(propose(reviewer, holder.personId(), "RED"));

    JsonObject approved = data(approve(staff("SUPERVISOR"), proposalId), "approveColourChange");

    assertThat(approved.getString("state")).isEqualTo("APPROVED");
    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("RED");
    JsonObject change = history(code).get(0);
    assertThat(change.getString("cause")).isEqualTo("MANUAL");
    assertThat(change.getString("actor")).startsWith("staff:reviewer-");
    assertThat(change.getString("approvedBy")).startsWith("staff:supervisor-");
    assertThat(change.getString("reason")).contains("CLOSE_CONTACT");
    assertThat(auditActions("COLOUR_CHANGE_PROPOSAL", proposalId))
        .containsExactly("COLOUR_CHANGE_PROPOSED", "COLOUR_CHANGE_APPROVED");
  }

  @Test
  void approveColourChange_ByItsProposer_IsRefusedAsSelfApproval() {
    Holder holder = newHolder();
    String both =
        TestTokens.valid("staff:both-" + UUID.randomUUID(), List.of("REVIEWER", "SUPERVISOR"));
    String proposalId = proposalId(propose(both, holder.personId(), "RED"));

    assertThat(errorCode(approve(both, proposalId))).isEqualTo("SELF_APPROVAL_REFUSED");
    assertThat(code(holder).isNull("colour")).isTrue();
  }

  @Test
  void approveColourChange_ByAReviewer_IsForbidden() {
    Holder holder = newHolder();
    String proposalId = proposalId(propose(staff("REVIEWER"), holder.personId(), "RED"));

    assertThat(errorCode(approve(staff("REVIEWER"), proposalId))).isEqualTo("FORBIDDEN");
    assertThat(code(holder).isNull("colour")).isTrue();
  }

  @Test
  void rejectColourChange_BySupervisor_LeavesTheColourAndAuditsTheReason() {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");
    String proposalId = proposalId(propose(staff("REVIEWER"), holder.personId(), "RED"));

    JsonObject rejected =
        data(
            Api.graphql(
                REJECT,
                Map.of("id", proposalId, "r", "no evidence of contact"),
                staff("SUPERVISOR")),
            "rejectColourChange");

    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getString("rejectionReason")).isEqualTo("no evidence of contact");
    assertThat(code(holder).getString("colour")).isEqualTo("ORANGE");
    assertThat(auditActions("COLOUR_CHANGE_PROPOSAL", proposalId))
        .containsExactly("COLOUR_CHANGE_PROPOSED", "COLOUR_CHANGE_REJECTED");
  }

  @Test
  void colourChangeProposals_WhenFilteredOnProposed_ListsAnOpenProposal() {
    Holder holder = newHolder();
    String proposalId = proposalId(propose(staff("REVIEWER"), holder.personId(), "ORANGE"));

    List<String> ids =
        Connections.allNodes(
                "colourChangeProposals",
                "query($after: String) { colourChangeProposals(state: PROPOSED, first: 100,"
                    + " after: $after) { edges { node { id state } }"
                    + " pageInfo { hasNextPage endCursor } } }",
                staff("SUPERVISOR"))
            .stream()
            .map(node -> node.getString("id"))
            .toList();
    assertThat(ids).contains(proposalId);
  }

  @Test
  void answerAppeal_WithGreen_LowersTheCodeAndNotifiesThePerson() {
    Holder holder = newHolder();
    setColour(holder.personId(), "RED");

    JsonObject appeal =
        data(
            Api.graphql(
                "mutation($p: ID!, $r: String!) { appealColour(personId: $p, reason: $r)"
                    + " { id state contestedColour } }",
                Map.of("p", holder.personId(), "r", "my test was negative"),
                holder.token()),
            "appealColour");
    assertThat(appeal.getString("state")).isEqualTo("OPEN");
    assertThat(appeal.getString("contestedColour")).isEqualTo("RED");
    String reviewer = staff("REVIEWER");
    assertThat(openAppealIds(reviewer)).contains(appeal.getString("id"));

    JsonObject answered =
        data(
            Api.graphql(
                "mutation($id: ID!) { answerAppeal(id: $id, outcome: GREEN,"
                    + " answer: \"the negative test is confirmed\") { state outcome answer } }",
                Map.of("id", appeal.getString("id")),
                reviewer),
            "answerAppeal");

    assertThat(answered.getString("state")).isEqualTo("ANSWERED");
    assertThat(answered.getString("outcome")).isEqualTo("GREEN");
    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("GREEN");
    assertThat(history(code).get(0).getString("cause")).isEqualTo("APPEAL");
    assertThat(openAppealIds(reviewer)).doesNotContain(appeal.getString("id"));
    assertThat(notifications(holder))
        .anySatisfy(
            n -> {
              assertThat(n.getString("kind")).isEqualTo("APPEAL_ANSWERED");
              assertThat(n.getString("text")).contains("the negative test is confirmed");
            });
  }

  @Test
  void notifications_AfterAColourChange_TellThePersonTheReasonAndAreDelivered() throws Exception {
    // the test server pushes notifications to a webhook on loopback (NotificationWebhookIT):
    // here a push service that takes everything
    com.sun.net.httpserver.HttpServer push =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", NotificationWebhookIT.WEBHOOK_PORT), 0);
    push.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    push.start();
    try {
      notificationDelivered();
    } finally {
      push.stop(0);
    }
  }

  private void notificationDelivered() throws InterruptedException {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");

    List<JsonObject> notifications = notifications(holder);

    assertThat(notifications).hasSize(1);
    assertThat(notifications.get(0).getString("kind")).isEqualTo("COLOUR_CHANGED");
    // in plain words (the tests read English): the colour, and the officer's own reason
    assertThat(notifications.get(0).getString("text"))
        .contains("orange code")
        .contains("contact traced by the district team");
    assertThat(notifications.get(0).getString("colour")).isEqualTo("ORANGE");
    // the delivery job hands it to the channel on its next round
    JsonObject delivered = notifications.get(0);
    for (int i = 0; i < 40 && delivered.isNull("deliveredAt"); i++) {
      Thread.sleep(250);
      delivered = notifications(holder).get(0);
    }
    assertThat(delivered.isNull("deliveredAt")).isFalse();
  }

  @Test
  void healthCode_OfAnotherAccountsPerson_IsNotFound() {
    Holder holder = newHolder();
    Holder stranger = newHolder();

    Response response =
        Api.graphql(
            "query($p: ID!) { healthCode(personId: $p) { colour } }",
            Map.of("p", holder.personId()),
            stranger.token());

    assertThat(errorCode(response)).isEqualTo("NOT_FOUND");
  }

  @Test
  void healthCodeForReview_ByAReviewer_IsAuditedWithTheReason() {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");

    JsonObject code =
        data(
            Api.graphql(
                "query($p: ID!) { healthCodeForReview(personId: $p, reason: \"case 7 follow-up\")"
                    + " { colour } }",
                Map.of("p", holder.personId()),
                staff("REVIEWER")),
            "healthCodeForReview");

    assertThat(code.getString("colour")).isEqualTo("ORANGE");
    assertThat(auditActions("HEALTH_CODE", holder.personId())).containsExactly("HEALTH_CODE_READ");
  }

  @Test
  void runObservationTimers_WhenTheObservationIsOver_TurnsOrangeGreen() throws Exception {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");
    endObservationAt(holder.personId(), Instant.now().minusSeconds(5));

    assertThat(Api.graphql("mutation { runObservationTimers }", staff("ADMIN")).getErrors())
        .isNullOrEmpty();

    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("GREEN");
    assertThat(history(code).get(0).getString("cause")).isEqualTo("TIMER");
  }

  @Test
  void runObservationTimers_WhenTheObservationIsNotOver_LeavesOrange() {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");

    assertThat(Api.graphql("mutation { runObservationTimers }", staff("ADMIN")).getErrors())
        .isNullOrEmpty();

    assertThat(code(holder).getString("colour")).isEqualTo("ORANGE");
  }

  @Test
  void runObservationTimers_FromTwoRunnersAtOnce_FiresTheTimerOnce() throws Exception {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");
    endObservationAt(holder.personId(), Instant.now().minusSeconds(5));
    String admin = staff("ADMIN");

    List<Response> responses =
        concurrently(
            () -> Api.graphql("mutation { runObservationTimers }", admin),
            () -> Api.graphql("mutation { runObservationTimers }", admin));

    responses.forEach(response -> assertThat(response.getErrors()).isNullOrEmpty());
    assertThat(changesWithCause(holder.personId(), "TIMER")).isEqualTo(1);
    assertThat(code(holder).getString("colour")).isEqualTo("GREEN");
  }

  @Test
  void observationTimers_WhenTheObservationEndedLongAgo_FireOnTheNextSweepUnasked()
      throws Exception {
    Holder holder = newHolder();
    setColour(holder.personId(), "ORANGE");
    // as if the servers had been down for months
    endObservationAt(holder.personId(), Instant.parse("2026-01-01T00:00:00Z"));

    String colour = "ORANGE";
    for (int i = 0; i < 60 && colour.equals("ORANGE"); i++) {
      Thread.sleep(500);
      colour = code(holder).getString("colour");
    }

    assertThat(colour).isEqualTo("GREEN");
    assertThat(changesWithCause(holder.personId(), "TIMER")).isEqualTo(1);
  }

  @Test
  void approveColourChange_TwoForOnePersonAtOnce_BothAreRecorded() throws Exception {
    Holder holder = newHolder();
    String first = proposalId(propose(staff("REVIEWER"), holder.personId(), "ORANGE"));
    String second = proposalId(propose(staff("REVIEWER"), holder.personId(), "ORANGE"));

    List<Response> responses =
        concurrently(
            () -> approve(staff("SUPERVISOR"), first), () -> approve(staff("SUPERVISOR"), second));

    responses.forEach(response -> assertThat(response.getErrors()).isNullOrEmpty());
    JsonObject code = code(holder);
    assertThat(code.getInt("version")).isEqualTo(2);
    assertThat(history(code))
        .extracting(change -> change.getString("cause"))
        .containsExactly("MANUAL", "MANUAL");
  }

  @Test
  void submitDeclaration_WithASymptom_MakesTheCodeOrangeByDeclaration() throws Exception {
    Holder holder = newHolder();
    consent(holder);
    Map<String, Object> form = declaration(holder.personId());
    form.put("symptoms", List.of("COUGH"));

    declare(holder, form);

    JsonObject code = awaitColour(holder, "ORANGE");
    assertThat(code.getString("observationEnd")).isNotNull();
    JsonObject change = history(code).get(0);
    assertThat(change.getString("cause")).isEqualTo("DECLARATION");
    assertThat(change.getString("actor")).isEqualTo("system:declaration-review");
    assertThat(change.getString("reason")).contains("ORANGE-SYMPTOM");
    assertThat(pendingReviews(holder.personId())).isZero();
  }

  @Test
  void submitDeclaration_GreenAfterOrange_DoesNotLowerTheCode() throws Exception {
    Holder holder = newHolder();
    consent(holder);
    Map<String, Object> orange = declaration(holder.personId());
    orange.put("symptoms", List.of("COUGH"));
    declare(holder, orange);
    awaitColour(holder, "ORANGE");

    declare(holder, declaration(holder.personId()));

    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("ORANGE");
    assertThat(code.getInt("version")).isEqualTo(1);
    assertThat(pendingReviews(holder.personId())).isZero();
  }

  @Test
  void pendingReviews_LeftOverByACrash_AreAppliedByTheNextSweep() throws Exception {
    Holder holder = newHolder();
    // what a review stored in the declaration's transaction looks like when the node stopped
    // before applying it
    try (Connection connection = TestDatabase.connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO status_pending_review (person_id, declaration_id, outcome, colour,"
                    + " rules, reviewed_at, received_at) VALUES (?, ?, 'RED', 'RED',"
                    + " 'RED-CONFIRMED-OR-SUSPECTED-CASE v1', NOW(3), NOW(3))")) {
      insert.setLong(1, Long.parseLong(holder.personId()));
      insert.setLong(2, 900_000_000L + ThreadLocalRandom.current().nextInt(100_000_000));
      insert.executeUpdate();
    }

    JsonObject code = awaitColour(holder, "RED", 60);

    assertThat(history(code).get(0).getString("cause")).isEqualTo("DECLARATION");
    assertThat(pendingReviews(holder.personId())).isZero();
  }

  @Test
  void colourCounts_AfterDeclarations_MoveWithTheColoursAndAgreeWithARecount() throws Exception {
    // Jizhou: no other test registers anyone there, so the bucket holds exactly these people
    for (int i = 0; i < 5; i++) {
      String token = Citizens.signIn(Citizens.newPhone());
      Map<String, Object> person = Citizens.residentPerson("周小" + i);
      person.put("homeDistrict", "JIZHOU");
      Holder holder =
          new Holder(
              token, data(Citizens.registerSelf(token, person), "registerSelf").getString("id"));
      consent(holder);
      Map<String, Object> orange = declaration(holder.personId());
      orange.put("symptoms", List.of("COUGH"));
      declare(holder, orange);
      awaitColour(holder, "ORANGE");
    }

    Response counts =
        Api.graphql(
            "{ colourCounts { colour district residency count suppressed } }", staff("ANALYST"));

    assertThat(counts.getErrors()).isNullOrEmpty();
    JsonObject orangeJizhou =
        counts.getData().getJsonArray("colourCounts").getValuesAs(JsonObject.class).stream()
            .filter(
                c ->
                    c.getString("colour").equals("ORANGE")
                        && c.getString("district").equals("JIZHOU"))
            .findFirst()
            .orElseThrow();
    assertThat(orangeJizhou.getInt("count")).isEqualTo(5);
    assertThat(orangeJizhou.getBoolean("suppressed")).isFalse();
    // the incremental count agrees with a recount from the source tables
    try (Connection connection = TestDatabase.connect();
        ResultSet recount =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM status_health_code c JOIN identity_person p"
                        + " ON p.id = c.person_id WHERE c.colour = 'ORANGE'"
                        + " AND p.home_district = 'JIZHOU'")) {
      recount.next();
      assertThat(recount.getInt(1)).isEqualTo(orangeJizhou.getInt("count"));
    }
  }

  @Test
  void decideReview_WhenTheReviewerClearsAQueuedDeclaration_LowersTheCodeByReview()
      throws Exception {
    Holder holder = newHolder();
    consent(holder);
    Map<String, Object> contradictory = declaration(holder.personId());
    contradictory.put("temperature", new BigDecimal("38.0")); // fever, but FEVER not ticked
    contradictory.put("symptoms", List.of("COUGH"));
    declare(holder, contradictory);
    awaitColour(holder, "ORANGE");
    String reviewer = staff("REVIEWER");
    String itemId =
        Connections.allNodes(
                "reviewQueue",
                "query($after: String) { reviewQueue(first: 100, after: $after)"
                    + " { edges { node { id declaration { personId } } }"
                    + " pageInfo { hasNextPage endCursor } } }",
                reviewer)
            .stream()
            .filter(
                node ->
                    node.getJsonObject("declaration")
                        .getString("personId")
                        .equals(holder.personId()))
            .findFirst()
            .orElseThrow()
            .getString("id");

    data(
        Api.graphql(
            "mutation($id: ID!) { decideReview(itemId: $id, outcome: GREEN,"
                + " reason: \"seen at the clinic: no infection\") { status } }",
            Map.of("id", itemId),
            reviewer),
        "decideReview");

    JsonObject code = awaitColour(holder, "GREEN");
    assertThat(history(code).get(0).getString("cause")).isEqualTo("REVIEW");
  }

  @Test
  void runObservationTimers_WhileAManualReviewIsOpen_HoldsTheCodeOrange() throws Exception {
    Holder holder = newHolder();
    consent(holder);
    declare(holder, feverNotDeclared(holder.personId()));
    awaitColour(holder, "ORANGE");
    endObservationAt(holder.personId(), Instant.now().minusSeconds(5));

    assertThat(Api.graphql("mutation { runObservationTimers }", staff("ADMIN")).getErrors())
        .isNullOrEmpty();

    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("ORANGE");
    assertThat(changesWithCause(holder.personId(), "TIMER")).isZero();
    assertThat(openReviewItem(holder, staff("REVIEWER")).getString("status")).isEqualTo("OPEN");
  }

  @Test
  void decideReview_AfterTheHeldObservationEnded_SetsTheColourByReviewAndFreesTheTimer()
      throws Exception {
    Holder holder = newHolder();
    consent(holder);
    declare(holder, feverNotDeclared(holder.personId()));
    awaitColour(holder, "ORANGE");
    endObservationAt(holder.personId(), Instant.now().minusSeconds(5));
    String admin = staff("ADMIN");
    Api.graphql("mutation { runObservationTimers }", admin);
    String reviewer = staff("REVIEWER");

    decide(reviewer, openReviewItem(holder, reviewer).getString("id"), "ORANGE");
    JsonObject decided = awaitVersion(holder, 2);
    assertThat(decided.getString("colour")).isEqualTo("ORANGE");
    assertThat(history(decided).get(0).getString("cause")).isEqualTo("REVIEW");
    endObservationAt(holder.personId(), Instant.now().minusSeconds(5));
    assertThat(Api.graphql("mutation { runObservationTimers }", admin).getErrors()).isNullOrEmpty();

    JsonObject code = code(holder);
    assertThat(code.getString("colour")).isEqualTo("GREEN");
    assertThat(history(code).get(0).getString("cause")).isEqualTo("TIMER");
  }

  /** The README's declaration: 38.1 °C and a cough, fever not ticked — MANUAL_REVIEW, ORANGE. */
  private static Map<String, Object> feverNotDeclared(String personId) {
    Map<String, Object> form = declaration(personId);
    form.put("temperature", new BigDecimal("38.1"));
    form.put("symptoms", List.of("COUGH"));
    return form;
  }

  private static JsonObject openReviewItem(Holder holder, String reviewer) {
    return Connections.allNodes(
            "reviewQueue",
            "query($after: String) { reviewQueue(first: 100, after: $after)"
                + " { edges { node { id status declaration { personId } } }"
                + " pageInfo { hasNextPage endCursor } } }",
            reviewer)
        .stream()
        .filter(
            node ->
                node.getJsonObject("declaration").getString("personId").equals(holder.personId()))
        .findFirst()
        .orElseThrow();
  }

  private static void decide(String reviewer, String itemId, String outcome) {
    data(
        Api.graphql(
            "mutation($id: ID!) { decideReview(itemId: $id, outcome: "
                + outcome
                + ", reason: \"seen at the clinic\") { status } }",
            Map.of("id", itemId),
            reviewer),
        "decideReview");
  }

  private static JsonObject awaitVersion(Holder holder, int version) throws InterruptedException {
    JsonObject code = code(holder);
    for (int i = 0; i < 20 && code.getInt("version") < version; i++) {
      Thread.sleep(250);
      code = code(holder);
    }
    assertThat(code.getInt("version")).isEqualTo(version);
    return code;
  }

  private static void consent(Holder holder) {
    Declarations.consent(holder.token(), holder.personId());
  }

  private static Map<String, Object> declaration(String personId) {
    return Declarations.nothingToReport(personId);
  }

  private static void declare(Holder holder, Map<String, Object> form) {
    data(
        Api.graphql(
            "mutation($in: DeclarationInput!) { submitDeclaration(input: $in) { outcome } }",
            Map.of("in", form),
            holder.token()),
        "submitDeclaration");
  }

  /** The code once it has the colour; the review is applied right after the commit. */
  private static JsonObject awaitColour(Holder holder, String colour) throws InterruptedException {
    return awaitColour(holder, colour, 20);
  }

  private static JsonObject awaitColour(Holder holder, String colour, int polls)
      throws InterruptedException {
    JsonObject code = code(holder);
    for (int i = 0; i < polls && !colour.equals(code.getString("colour", null)); i++) {
      Thread.sleep(250);
      code = code(holder);
    }
    assertThat(code.getString("colour", null)).isEqualTo(colour);
    return code;
  }

  private static int pendingReviews(String personId) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM status_pending_review WHERE person_id = ?")) {
      count.setLong(1, Long.parseLong(personId));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static List<String> openAppealIds(String reviewer) {
    return Connections.allNodes(
            "appeals",
            "query($after: String) { appeals(first: 100, after: $after)"
                + " { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
            reviewer)
        .stream()
        .map(node -> node.getString("id"))
        .toList();
  }

  private static List<JsonObject> notifications(Holder holder) {
    return data(
            Api.graphql(
                "query($p: ID!) { notifications(personId: $p, first: 20)"
                    + " { edges { node { createdAt kind text deliveredAt colour } } } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "notifications")
        .getJsonArray("edges")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(edge -> edge.getJsonObject("node"))
        .toList();
  }

  /** Moves the running observation's end, in the code row and its last change alike. */
  private static void endObservationAt(String personId, Instant end) throws SQLException {
    try (Connection connection = TestDatabase.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement code =
              connection.prepareStatement(
                  "UPDATE status_health_code SET observation_end = ? WHERE person_id = ?");
          PreparedStatement change =
              connection.prepareStatement(
                  "UPDATE status_colour_change c JOIN status_health_code h"
                      + " ON h.person_id = c.person_id AND h.version = c.version"
                      + " SET c.observation_end = ? WHERE c.person_id = ?")) {
        for (PreparedStatement statement : List.of(code, change)) {
          statement.setTimestamp(1, Timestamp.from(end));
          statement.setLong(2, Long.parseLong(personId));
          assertThat(statement.executeUpdate()).isEqualTo(1);
        }
      }
      connection.commit();
    }
  }

  private static int changesWithCause(String personId, String cause) throws SQLException {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM status_colour_change WHERE person_id = ? AND cause = ?")) {
      count.setLong(1, Long.parseLong(personId));
      count.setString(2, cause);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Runs the calls at the same moment from two threads; their responses in order. */
  @SafeVarargs
  private static List<Response> concurrently(Callable<Response>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CyclicBarrier start = new CyclicBarrier(calls.length);
      List<Future<Response>> futures = new ArrayList<>();
      for (Callable<Response> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
