package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.TestTokens;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5: a confirmed case exposes everyone at its entry points within an hour of its visits.
 */
class ContactTracingIT extends DeployedApplication {

  private static final String JOB_FIELDS =
      "caseId state onsetDate infectiousFrom caseVisits exposed exposedPersons applied"
          + " markedOrange observationRestarted stayedRed unregisteredVisitors recordedAt"
          + " finishedAt";

  private static final String RECORD_CASE =
      "mutation($p: ID!, $d: Date!) { recordConfirmedCase(personId: $p, onsetDate: $d) { "
          + JOB_FIELDS
          + " } }";

  private static final String JOB =
      "query($i: ID!) { contactTracingJob(caseId: $i) { " + JOB_FIELDS + " } }";

  /** Records the case, then reads its job until it is DONE (at most a minute); the last read. */
  static JsonObject traced(String personId, LocalDate onset, String reviewer) throws Exception {
    JsonObject started =
        data(
            Api.graphql(RECORD_CASE, Map.of("p", personId, "d", onset.toString()), reviewer),
            "recordConfirmedCase");
    assertThat(started.getString("state")).isIn("QUEUED", "APPLYING", "DONE");
    return untilDone(started.getString("caseId"), reviewer);
  }

  static JsonObject untilDone(String caseId, String reviewer) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      JsonObject job = data(Api.graphql(JOB, Map.of("i", caseId), reviewer), "contactTracingJob");
      if (job.getString("state").equals("DONE") || System.nanoTime() > deadline) {
        assertThat(job.getString("state")).isEqualTo("DONE");
        return job;
      }
      Thread.sleep(200);
    }
  }

  @Test
  void recordConfirmedCase_MarksCoVisitorsInsideTheWindowOrangeLeavesRedAndThoseOutsideAlone()
      throws Exception {
    Device gate = Venues.newDevice();
    Device otherGate = Venues.newDevice();
    Holder theCase = Holders.withColour("GREEN");
    Holder within = Holders.withColour("GREEN");
    Holder justOutside = Holders.withColour("GREEN");
    Holder red = Holders.withColour("RED");
    Holder elsewhere = Holders.withColour("GREEN");
    // the case was at the gate two hours ago; everyone else is placed around that visit
    Instant visit = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    scanAt(gate, theCase, visit);
    scanAt(gate, within, visit.plus(Duration.ofMinutes(59)));
    scanAt(gate, justOutside, visit.plus(Duration.ofMinutes(61)));
    scanAt(gate, red, visit.minus(Duration.ofMinutes(30)));
    scanAt(otherGate, elsewhere, visit);
    String unregistered = (String) Citizens.residentPerson("无名").get("documentNumber");
    manualPassAt(gate, unregistered, visit.plus(Duration.ofMinutes(10)));

    JsonObject report = traced(theCase.personId(), today(), reviewer());

    assertThat(report.getInt("caseVisits")).isEqualTo(1);
    assertThat(report.getInt("exposedPersons")).isEqualTo(2);
    assertThat(report.getInt("applied")).isEqualTo(2);
    assertThat(report.getString("finishedAt")).isNotBlank();
    assertThat(report.getInt("markedOrange")).isEqualTo(1);
    assertThat(report.getInt("stayedRed")).isEqualTo(1);
    assertThat(report.getInt("unregisteredVisitors")).isEqualTo(1);
    assertThat(report.getInt("observationRestarted")).isZero();
    assertThat(report.getInt("exposed")).isEqualTo(3);
    assertThat(Instant.parse(report.getString("infectiousFrom")))
        .isEqualTo(today().minusDays(2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());

    JsonObject exposed = Holders.code(within);
    assertThat(exposed.getString("colour")).isEqualTo("ORANGE");
    JsonObject change =
        exposed
            .getJsonObject("history")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    assertThat(change.getString("cause")).isEqualTo("EXPOSURE");
    assertThat(change.getString("reason")).doesNotContain(theCase.personId() + " ");
    assertThat(notificationKinds(within)).contains("COLOUR_CHANGED");
    assertThat(Holders.code(red).getString("colour")).isEqualTo("RED");
    assertThat(Holders.code(justOutside).getString("colour")).isEqualTo("GREEN");
    assertThat(Holders.code(elsewhere).getString("colour")).isEqualTo("GREEN");
    assertThat(Holders.code(theCase).getString("colour")).isEqualTo("GREEN");
    assertThat(auditActions(report.getString("caseId")))
        .contains("CONFIRMED_CASE_RECORDED", "CONTACT_TRACING_RUN");
  }

  @Test
  void recordConfirmedCase_WithAVisitBeforeTheInfectiousWindow_ExposesNobody() throws Exception {
    Device gate = Venues.newDevice();
    Holder theCase = Holders.withColour("GREEN");
    Holder coVisitor = Holders.withColour("GREEN");
    Instant visit =
        today().minusDays(3).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    scanAt(gate, theCase, visit);
    scanAt(gate, coVisitor, visit.plus(Duration.ofMinutes(5)));

    JsonObject report = traced(theCase.personId(), today(), reviewer());

    assertThat(report.getInt("caseVisits")).isZero();
    assertThat(report.getInt("exposed")).isZero();
    assertThat(Holders.code(coVisitor).getString("colour")).isEqualTo("GREEN");
  }

  @Test
  void recordConfirmedCase_WithAnOnsetInTheFutureOrAnUnknownPerson_IsRefused() {
    Holder someone = Holders.newHolder();

    assertThat(
            Staff.codes(
                Api.graphql(
                    RECORD_CASE,
                    Map.of("p", someone.personId(), "d", today().plusDays(1).toString()),
                    reviewer())))
        .containsExactly("BAD_INPUT");
    Response unknownPerson =
        Api.graphql(RECORD_CASE, Map.of("p", "999999999", "d", today().toString()), reviewer());
    assertThat(Staff.codes(unknownPerson)).containsExactly("NOT_FOUND");
    assertThat(unknownPerson.getErrors().get(0).getMessage()).doesNotContain("999999999");
  }

  @Test
  void recordConfirmedCase_ResumedAfterACrashBetweenApplyingAndMarking_MarksNobodyTwice()
      throws Exception {
    Device gate = Venues.newDevice();
    Holder theCase = Holders.withColour("GREEN");
    Holder within = Holders.withColour("GREEN");
    Instant visit = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
    scanAt(gate, theCase, visit);
    scanAt(gate, within, visit.plus(Duration.ofMinutes(20)));
    String reviewer = reviewer();
    JsonObject first = traced(theCase.personId(), today(), reviewer);
    assertThat(first.getInt("markedOrange")).isEqualTo(1);
    String caseId = first.getString("caseId");
    // the node died after the status module applied the exposure and before the job marked it:
    // the job is APPLYING again with its person unmarked, and its lease is another node's
    assertThat(
            Venues.update(
                "UPDATE venue_case_exposure SET outcome = NULL WHERE case_id = ?",
                Long.parseLong(caseId)))
        .isEqualTo(1);
    assertThat(
            Venues.update(
                "UPDATE venue_confirmed_case SET state = 'APPLYING', finished_at = NULL"
                    + " WHERE id = ?",
                Long.parseLong(caseId)))
        .isEqualTo(1);
    Venues.update(
        "INSERT INTO platform_lease (name, owner, expires_at) VALUES (?, 'node-that-died',"
            + " NOW(3) + INTERVAL 2 SECOND) ON DUPLICATE KEY UPDATE owner = VALUES(owner),"
            + " expires_at = VALUES(expires_at)",
        "venue.contact-tracing");
    assertThat(
            data(Api.graphql(JOB, Map.of("i", caseId), reviewer), "contactTracingJob")
                .getString("state"))
        .isEqualTo("APPLYING");

    // another case starts the jobs again once the dead node's lease has run out
    Thread.sleep(2_500);
    traced(Holders.withColour("GREEN").personId(), today(), reviewer);
    JsonObject resumed = untilDone(caseId, reviewer);

    assertThat(resumed.getInt("markedOrange")).isEqualTo(1);
    assertThat(resumed.getInt("observationRestarted")).isZero();
    assertThat(resumed.getInt("applied")).isEqualTo(1);
    JsonObject code = Holders.code(within);
    assertThat(code.getString("colour")).isEqualTo("ORANGE");
    long exposures =
        code.getJsonObject("history").getJsonArray("edges").getValuesAs(JsonObject.class).stream()
            .filter(edge -> edge.getJsonObject("node").getString("cause").equals("EXPOSURE"))
            .count();
    assertThat(exposures).isEqualTo(1);
  }

  @Test
  void contactTracingJob_WithAnUnknownOrMalformedId_IsNotFound() {
    for (String id : List.of("999999999", "not-a-number")) {
      Response unknownJob = Api.graphql(JOB, Map.of("i", id), reviewer());
      assertThat(Staff.codes(unknownJob)).containsExactly("NOT_FOUND");
      assertThat(unknownJob.getErrors().get(0).getMessage()).doesNotContain(id);
    }
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static String reviewer() {
    return TestTokens.valid("staff:reviewer-" + UUID.randomUUID(), List.of("REVIEWER"));
  }

  /** A real scan of the holder's code, then moved to the given time (as if it had been then). */
  private static void scanAt(Device device, Holder holder, Instant at) throws Exception {
    String scanId = "scan-" + UUID.randomUUID();
    data(Venues.scan(device, scanId, Holders.appCode(holder), "36.5"), "scan");
    moveCheckIn(device, scanId, at);
  }

  private static void manualPassAt(Device device, String documentNumber, Instant at)
      throws Exception {
    String scanId = "pass-" + UUID.randomUUID();
    data(
        Api.graphql(
            "mutation($in: ManualPassInput!) { manualPass(input: $in) { outcome } }",
            Map.of(
                "in",
                Map.of(
                    "scanId",
                    scanId,
                    "documentType",
                    "RESIDENT_ID_CARD",
                    "documentNumber",
                    documentNumber,
                    "temperature",
                    new BigDecimal("36.5"))),
            device.token()),
        "manualPass");
    moveCheckIn(device, scanId, at);
  }

  private static void moveCheckIn(Device device, String scanId, Instant at) throws Exception {
    assertThat(
            Venues.update(
                "UPDATE venue_check_in SET scanned_at = ? WHERE entry_point_id = ? AND scan_id = ?",
                Timestamp.from(at),
                Long.parseLong(device.entryPoint()),
                scanId))
        .isEqualTo(1);
  }

  private static List<String> notificationKinds(Holder holder) {
    return data(
            Api.graphql(
                "query($p: ID!) { notifications(personId: $p, first: 20)"
                    + " { edges { node { kind } } } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "notifications")
        .getJsonArray("edges")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(edge -> edge.getJsonObject("node").getString("kind"))
        .toList();
  }

  private static List<String> auditActions(String caseId) {
    return data(
            Api.graphql(
                "query($i: String) { auditLog(first: 100, subjectType: \"CONFIRMED_CASE\","
                    + " subjectId: $i) { edges { node { action } } } }",
                Map.of("i", caseId),
                TestTokens.valid("staff:auditor", List.of("AUDITOR"))),
            "auditLog")
        .getJsonArray("edges")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(edge -> edge.getJsonObject("node").getString("action"))
        .toList();
  }
}
