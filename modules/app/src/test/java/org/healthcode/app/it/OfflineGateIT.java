package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.OfflineGate;
import org.healthcode.app.it.support.QrDecoding;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.healthcode.app.it.support.Venues.Device;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, docs/adr/0032: a gate that downloaded its bundle decides with no network, by the same
 * gate policy, with only the published keys; a code that turned red after it was shown is refused
 * through the feed.
 */
class OfflineGateIT extends DeployedApplication {

  private static final BigDecimal NORMAL = new BigDecimal("36.6");

  @Test
  void offlineGate_WithTheBundle_AdmitsGreenDeniesRedAndVerifiesOnlyWithPublishedKeys()
      throws Exception {
    Device device = Venues.newDevice();
    String green = qrText(Holders.withColour("GREEN"));
    String red = qrText(Holders.withColour("RED"));
    OfflineGate gate = new OfflineGate(device.token());

    JsonObject state = gate.refresh();

    assertThat(state.isNull("after")).as("no cursor: the full state").isTrue();
    assertThat(gate.decide(green, NORMAL, Instant.now()).outcome()).isEqualTo("ADMIT");
    assertThat(gate.decide(red, NORMAL, Instant.now()).outcome()).isEqualTo("DENY");
    assertThat(gate.decide(green, new BigDecimal("38.0"), Instant.now()).outcome())
        .isEqualTo("REFER");
    // one changed character of S or of T's signed part: the signature no longer verifies
    assertThat(gate.decide(tamper(green, 70), NORMAL, Instant.now()).outcome())
        .isEqualTo("REFUSED SIGNATURE_INVALID");
    assertThat(gate.decide(tamper(green, 10), NORMAL, Instant.now()).outcome())
        .isEqualTo("REFUSED SIGNATURE_INVALID");
    // past S's validity (24 h by default), even with a fresh bundle
    assertThat(gate.decide(green, NORMAL, Instant.now().plusSeconds(25 * 3600)).outcome())
        .isEqualTo("REFUSED OFFLINE_EXPIRED");
    // the online scan takes the whole text too, and decides by T (the HMAC fast path)
    assertThat(Venues.scan(device, green, "36.6").getString("outcome")).isEqualTo("ADMIT");
    assertThat(Venues.scan(device, red, "36.6").getString("outcome")).isEqualTo("DENY");
  }

  @Test
  void offlineGate_ACodeThatTurnedRedAfterItWasShown_IsDeniedThroughTheFeed() throws Exception {
    Device device = Venues.newDevice();
    Holder holder = Holders.withColour("GREEN");
    String shown = qrText(holder);
    OfflineGate gate = new OfflineGate(device.token());
    gate.refresh();
    assertThat(gate.decide(shown, NORMAL, Instant.now()).outcome()).isEqualTo("ADMIT");

    Holders.declare(holder, "RED");
    Holders.awaitColour(holder, "RED");
    // the feed serves entries a few seconds after they are recorded (docs/adr/0032)
    JsonObject feed = gate.refresh();
    for (int i = 0; i < 40 && !gate.knowsChangeOf(shown); i++) {
      Thread.sleep(500);
      feed = gate.refresh();
    }

    assertThat(feed.isNull("after")).as("a delta after the cursor").isFalse();
    assertThat(gate.knowsChangeOf(shown)).isTrue();
    assertThat(gate.decide(shown, NORMAL, Instant.now()).outcome()).isEqualTo("DENY");
    assertThat(gate.decide(shown, NORMAL, Instant.now()).decision().orElseThrow().colour())
        .hasValueSatisfying(colour -> assertThat(colour.name()).isEqualTo("RED"));
  }

  @Test
  void offlineGate_PaperCodes_AreGreenUnlessTheFeedSaysOtherwiseAndRevokedOnesAreRefused()
      throws Exception {
    Device device = Venues.newDevice();
    Holder greenHolder = Holders.withColour("GREEN");
    Holder orangeHolder = Holders.withColour("ORANGE");
    JsonObject greenPaper = print(greenHolder);
    String orangePaper = print(orangeHolder).getString("qrText");
    OfflineGate gate = new OfflineGate(device.token());
    gate.refresh();

    String paper = greenPaper.getString("qrText");
    assertThat(paper).startsWith(greenPaper.getString("token") + ".").hasSize(158);
    assertThat(QrDecoding.decode(greenPaper.getString("png"))).isEqualTo(paper);
    assertThat(gate.decide(paper, NORMAL, Instant.now()).outcome()).isEqualTo("ADMIT");
    assertThat(gate.decide(orangePaper, NORMAL, Instant.now()).outcome()).isEqualTo("DENY");
    // a stale bundle knows no colour: referred, as without a code
    assertThat(gate.decide(paper, NORMAL, Instant.now().plusSeconds(5 * 3600)).outcome())
        .isEqualTo("REFER");

    assertThat(
            Api.graphql(
                    "mutation($id: ID!) { revokePaperCode(personId: $id) }",
                    Map.of("id", greenHolder.personId()),
                    greenHolder.token())
                .getData()
                .getBoolean("revokePaperCode"))
        .isTrue();
    for (int i = 0; i < 40 && !gate.knowsChangeOf(paper); i++) {
      Thread.sleep(500);
      gate.refresh();
    }
    assertThat(gate.decide(paper, NORMAL, Instant.now()).outcome())
        .isEqualTo("REFUSED CODE_REVOKED");
  }

  @Test
  void offlineBundle_WithACursorNotOfThisFeed_IsBadInputAndOnlyForDevices() throws Exception {
    Device device = Venues.newDevice();
    var bad =
        Api.graphql(
            "{ offlineBundle(feedAfter: \"nonsense\") { freshnessSeconds } }",
            Map.of(),
            device.token());
    assertThat(Staff.codes(bad)).containsExactly("BAD_INPUT");
    JsonObject bundle =
        data(
            Api.graphql(
                "{ offlineBundle { freshnessSeconds category entryPoint { id } } }",
                Map.of(),
                device.token()),
            "offlineBundle");
    assertThat(bundle.getInt("freshnessSeconds")).isEqualTo(4 * 3600);
    assertThat(bundle.getString("category")).isEqualTo("SUPERMARKET");
    assertThat(bundle.getJsonObject("entryPoint").getString("id")).isEqualTo(device.entryPoint());
  }

  static String qrText(Holder holder) throws Exception {
    JsonObject code =
        data(
            Api.graphql(
                "query($p: ID!) { healthCodeQr(personId: $p, format: PNG) { token qrText png } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "healthCodeQr");
    String text = code.getString("qrText");
    assertThat(text).startsWith(code.getString("token") + ".").hasSize(158);
    assertThat(QrDecoding.decode(code.getString("png"))).isEqualTo(text);
    return text;
  }

  private static JsonObject print(Holder holder) throws Exception {
    return data(
        Api.graphql(
            "mutation($id: ID!) { printPaperCode(personId: $id) { token qrText png } }",
            Map.of("id", holder.personId()),
            holder.token()),
        "printPaperCode");
  }

  /** The text with one character at {@code index} replaced by another base64url character. */
  private static String tamper(String text, int index) {
    char replacement = text.charAt(index) == 'A' ? 'B' : 'A';
    return text.substring(0, index) + replacement + text.substring(index + 1);
  }
}
