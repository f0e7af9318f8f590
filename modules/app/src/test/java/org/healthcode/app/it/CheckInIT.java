package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthcode.app.it.support.Citizens.data;

import io.smallrye.graphql.client.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.QrDecoding;
import org.healthcode.app.it.support.SignedCodes;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;

/** DESIGN §5: citizens check in by scanning the entry point's signed, rotating venue code. */
class CheckInIT extends DeployedApplication {

  private static final String VENUE_CODE =
      "query($ep: ID!, $f: QrFormat!) { venueCode(entryPointId: $ep, format: $f)"
          + " { entryPointId code issuedAt validUntil nextRotation png svg } }";

  private static final String CHECK_IN =
      "mutation($in: CheckInInput!) { checkIn(input: $in) { entryPointId entryPointLabel"
          + " venueName category persons { personId maskedName outcome reason colour message } } }";

  @Test
  void venueCode_ForAnOperatorsEntryPoint_IsASignedRotatingCodeWhoseQrReadsBackTheSame()
      throws Exception {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, "SHOPPING_MALL", "HEPING");
    String entryPoint = Venues.addEntryPoint(operator, venue, "North gate");

    JsonObject code =
        data(Api.graphql(VENUE_CODE, Map.of("ep", entryPoint, "f", "PNG"), operator), "venueCode");

    assertThat(code.getString("code")).hasSize(40);
    assertThat(QrDecoding.decode(code.getString("png"))).isEqualTo(code.getString("code"));
    assertThat(code.isNull("svg")).isTrue();
    Instant issued = Instant.parse(code.getString("issuedAt"));
    Instant validUntil = Instant.parse(code.getString("validUntil"));
    Instant next = Instant.parse(code.getString("nextRotation"));
    assertThat(next).isAfter(issued).isBeforeOrEqualTo(issued.plus(Duration.ofMinutes(10)));
    assertThat(validUntil).isEqualTo(next.plus(Duration.ofMinutes(10)));
  }

  @Test
  void venueCode_OfAnotherOperatorsEntryPoint_IsNotFound() {
    String entryPoint = Venues.newDevice().entryPoint();

    assertThat(
            Staff.codes(
                Api.graphql(
                    VENUE_CODE, Map.of("ep", entryPoint, "f", "NONE"), Venues.newOperator())))
        .containsExactly("NOT_FOUND");
  }

  @Test
  void checkIn_WithADependent_AnswersEachColourForTheGuardAndARetryIsRecordedOnce()
      throws Exception {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, "FARMERS_MARKET", "NANKAI");
    String entryPoint = Venues.addEntryPoint(operator, venue, "East gate");
    Holder holder = Holders.withColour("GREEN");
    String dependent =
        data(
                Citizens.addDependent(holder.token(), Citizens.residentPerson("王奶奶"), "PARENT"),
                "addDependent")
            .getJsonObject("person")
            .getString("id");
    String checkInId = UUID.randomUUID().toString();
    Map<String, Object> input =
        Map.of(
            "venueCode", Venues.venueCode(operator, entryPoint),
            "checkInId", checkInId,
            "personIds", List.of(holder.personId(), dependent));

    JsonObject first = data(Api.graphql(CHECK_IN, Map.of("in", input), holder.token()), "checkIn");
    JsonObject retried =
        data(Api.graphql(CHECK_IN, Map.of("in", input), holder.token()), "checkIn");

    assertThat(first.getString("entryPointLabel")).isEqualTo("East gate");
    assertThat(first.getString("category")).isEqualTo("FARMERS_MARKET");
    assertThat(first.getJsonArray("persons").getValuesAs(JsonObject.class))
        .extracting(
            p -> p.getString("personId"),
            p -> p.getString("outcome"),
            p -> p.getString("reason"),
            p -> p.getString("colour", null))
        .containsExactly(
            tuple(holder.personId(), "ADMIT", "GREEN_TEMPERATURE_NOT_MEASURED", "GREEN"),
            tuple(dependent, "REFER", "NO_CODE", null));
    assertThat(retried).isEqualTo(first);
    assertThat(
            Venues.queryLong(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ? AND method ="
                    + " 'VENUE_CODE' AND temperature IS NULL",
                Long.parseLong(entryPoint)))
        .isEqualTo(2);
    assertThat(
            Venues.queryLong(
                "SELECT SUM(scans) FROM venue_scan_hour WHERE venue_id = ?", Long.parseLong(venue)))
        .isEqualTo(2);
    List<JsonObject> seen =
        data(
                Api.graphql(
                    "query($p: ID!) { checkIns(personId: $p) { edges { node { venueName"
                        + " entryPointLabel category method outcome temperature } } } }",
                    Map.of("p", dependent),
                    holder.token()),
                "checkIns")
            .getJsonArray("edges")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(edge -> edge.getJsonObject("node"))
            .toList();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).getString("entryPointLabel")).isEqualTo("East gate");
    assertThat(seen.get(0).getString("method")).isEqualTo("VENUE_CODE");
    assertThat(seen.get(0).isNull("temperature")).isTrue();
    assertThat(
            Staff.codes(
                Api.graphql(
                    "query($p: ID!) { checkIns(personId: $p) { edges { cursor } } }",
                    Map.of("p", dependent),
                    Holders.newHolder().token())))
        .containsExactly("NOT_FOUND");
  }

  @Test
  void checkIn_ForSomeoneNotOnTheAccount_IsNotFoundAndRecordsNothing() throws Exception {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, "SUBWAY", "HEXI");
    String entryPoint = Venues.addEntryPoint(operator, venue, "Line 1");
    Holder holder = Holders.newHolder();
    Holder stranger = Holders.newHolder();

    Response response =
        checkIn(
            holder,
            Venues.venueCode(operator, entryPoint),
            List.of(holder.personId(), stranger.personId()));

    assertThat(Staff.codes(response)).containsExactly("NOT_FOUND");
    assertThat(
            Venues.queryLong(
                "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ?",
                Long.parseLong(entryPoint)))
        .isZero();
  }

  @Test
  void checkIn_WithAForgedOrAnOldVenueCode_IsRefused() {
    String entryPoint = Venues.newDevice().entryPoint();
    Holder holder = Holders.newHolder();
    String genuine = SignedCodes.venueCodeAt(entryPoint, Instant.now());
    String tampered = genuine.substring(0, 39) + (genuine.charAt(39) == 'A' ? 'B' : 'A');
    String photographedAnHourAgo =
        SignedCodes.venueCodeAt(entryPoint, Instant.now().minus(Duration.ofHours(1)));

    assertThat(Staff.codes(checkIn(holder, tampered, List.of(holder.personId()))))
        .containsExactly("VENUE_CODE_INVALID");
    assertThat(Staff.codes(checkIn(holder, "not a venue code", List.of(holder.personId()))))
        .containsExactly("VENUE_CODE_INVALID");
    assertThat(Staff.codes(checkIn(holder, photographedAnHourAgo, List.of(holder.personId()))))
        .containsExactly("VENUE_CODE_EXPIRED");
    assertThat(checkIn(holder, genuine, List.of(holder.personId())).getErrors()).isNullOrEmpty();
  }

  private static Response checkIn(Holder holder, String venueCode, List<String> persons) {
    return Api.graphql(
        CHECK_IN,
        Map.of(
            "in",
            Map.of(
                "venueCode",
                venueCode,
                "checkInId",
                UUID.randomUUID().toString(),
                "personIds",
                persons)),
        holder.token());
  }
}
