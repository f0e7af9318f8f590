package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.healthcode.app.it.support.Venues;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.i18n.Language;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GateMessages;
import org.healthcode.venue.domain.GatePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gate page with the network unplugged (docs/adr/0036): it decides offline on the bundle it
 * kept, with the server's gate policy, says so on screen, keeps the scans across a reload and
 * uploads them when the network is back, each recorded once however often it is sent.
 *
 * <p>"Unplugged" is Chromium's own network emulation (ChromeDriver's network conditions, i.e. the
 * DevTools {@code Network.emulateNetworkConditions} with {@code offline: true}): every request of
 * the page fails as without a cable and {@code navigator.onLine} turns false. The reload in between
 * blocks only {@code /graphql} ({@code Network.setBlockedURLs}), so the page itself still loads
 * while the server stays out of reach.
 */
class OfflineGatePageIT extends DeployedApplication {

  private static final List<String> TEMPERATURES =
      java.util.Arrays.asList(
          null, "34.0", "36.5", "37", "37.29", "37.3", "38.25", "43.0", "33.99", "43.01", "36.555");

  @RegisterExtension final Browsers browsers = new Browsers();

  /**
   * The page's policy (js/scanner/policy.js) against the server's GatePolicy and GateMessages, for
   * every category × colour (and none) × temperature (and none), in both languages: the same
   * outcome, reason, temperature as judged, fever flag and words.
   */
  @Test
  void theOfflinePolicyDecidesAsTheServersGatePolicy() {
    for (String lang : List.of("zh-CN", "en")) {
      Browser page = browsers.open("policy-" + lang, Browser.Options.desk(lang));
      page.open("/scanner/");
      page.await("#device-setup");
      List<Object> cases = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      Language language = lang.equals("en") ? Language.EN : Language.ZH_CN;
      for (VenueCategory category : VenueCategory.values()) {
        for (String colour : java.util.Arrays.asList("GREEN", "ORANGE", "RED", null)) {
          for (String temperature : TEMPERATURES) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("category", category.name());
            input.put("colour", colour);
            input.put("temperature", temperature);
            cases.add(input);
            expected.add(serverDecision(language, category, colour, temperature));
          }
        }
      }
      @SuppressWarnings("unchecked")
      List<String> actual =
          (List<String>)
              page.driver()
                  .executeAsyncScript(
                      "const cases = arguments[0], done = arguments[arguments.length - 1];"
                          + " Promise.all([import('/js/scanner/policy.js'), import('/js/i18n.js')])"
                          + ".then(([p, i]) => done(cases.map((c) => { try {"
                          + " const d = p.decide(c.category, c.colour, c.temperature);"
                          + " return [d.outcome, d.reason, d.colour, d.temperature, d.fever,"
                          + " p.gateMessage(i.t, d)].join('|'); } catch (e) { return e.code; } })))"
                          + ".catch((e) => done(['failed ' + e]));",
                      cases);
      assertThat(actual).as("page decisions in " + lang).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).as("case " + cases.get(i)).isEqualTo(expected.get(i));
      }
    }
  }

  private static String serverDecision(
      Language language, VenueCategory category, String colour, String temperature) {
    Optional<Colour> code = Optional.ofNullable(colour).map(Colour::valueOf);
    GateDecision d;
    try {
      d =
          temperature == null
              ? new GatePolicy().decideUnmeasured(category, code)
              : new GatePolicy().decide(category, code, new BigDecimal(temperature));
    } catch (HealthCodeException e) {
      return e.code();
    }
    return String.join(
        "|",
        d.outcome().name(),
        d.reason().name(),
        d.colour().map(Colour::name).orElse(""),
        d.temperature() == null ? "" : d.temperature().toPlainString(),
        String.valueOf(d.fever()),
        GateMessages.of(language, d.reason(), d.colour(), d.temperature(), d.fever()));
  }

  @Test
  void unpluggedTheGateAdmitsGreenRefusesRedAndUploadsEachScanOnce() throws Exception {
    Holder green = Holders.withColour("GREEN");
    Holder red = Holders.withColour("RED");
    String greenText = qrText(green);
    String redText = qrText(red);
    Gates gate = Gates.newGate("SUPERMARKET");

    Browser scanner = gate.signIn(browsers.open("scanner", Browser.Options.desk("zh-CN")));
    // online, the page fetched the bundle and registered the device's key
    scanner.await("#offline-bundle[data-ready='true']");
    scanner.await("#offline-status[data-registered='true']");
    scanner.screenshot("scanner-offline-ready-zh");

    unplug(scanner, true);
    scanner.await("#wedge").sendKeys(greenText + Keys.ENTER);
    scanner.awaitText("#verdict-offline", "离线判定");
    assertThat(scanner.await("#verdict-outcome").getText()).isEqualTo("准许通行");
    assertThat(scanner.await("#verdict").getAttribute("data-reason"))
        .isEqualTo("GREEN_NORMAL_TEMPERATURE");
    assertThat(scanner.await("#verdict-message").getText()).contains("绿码", "36.5 °C");
    scanner.screenshot("scanner-offline-admit-zh");
    scanner.click("#verdict");

    scanner.await("#wedge").sendKeys(redText + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "禁止通行");
    assertThat(scanner.await("#verdict").getAttribute("data-offline")).isEqualTo("true");
    assertThat(scanner.await("#verdict").getAttribute("data-reason"))
        .isEqualTo("RED_STRICT_CONTROL");
    scanner.screenshot("scanner-offline-deny-zh");
    scanner.click("#verdict");
    scanner.await("#offline-pending[data-pending='2']");

    // the queue is durable: the page reloads while the server is still out of reach
    block(scanner, true);
    unplug(scanner, false);
    scanner.driver().navigate().refresh();
    scanner.await("#offline-pending[data-pending='2']");
    scanner.fullScreenshot("scanner-offline-pending-zh");
    measure(scanner, greenText);
    List<Map<String, Object>> queued = queuedScans(scanner);
    assertThat(queued).hasSize(2);
    assertThat(checkIns(green)).isEmpty();

    // back online: the page uploads by itself
    block(scanner, false);
    new WebDriverWait(scanner.driver(), Duration.ofSeconds(60))
        .until(
            d -> "0".equals(d.findElement(By.id("offline-pending")).getAttribute("data-pending")));
    assertThat(checkIns(green))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getString("method")).isEqualTo("OFFLINE_SCAN");
              assertThat(c.getString("outcome")).isEqualTo("ADMIT");
            });
    assertThat(checkIns(red))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("reason")).isEqualTo("RED_STRICT_CONTROL"));

    // the same scans sent again (a device that lost the answer): duplicates, still one each
    JsonObject again = upload(gate, queued);
    assertThat(again.getInt("accepted")).isZero();
    assertThat(again.getInt("duplicates")).isEqualTo(2);
    assertThat(again.getJsonArray("refused")).isEmpty();
    assertThat(checkIns(green)).hasSize(1);
    assertThat(checkIns(red)).hasSize(1);

    // the server answers these codes online as the page did offline
    Venues.Device other = Venues.newDevice("SUPERMARKET", "HEPING");
    assertThat(Venues.scan(other, greenText, "36.5").getString("reason"))
        .isEqualTo("GREEN_NORMAL_TEMPERATURE");
    assertThat(Venues.scan(other, redText, "36.5").getString("reason"))
        .isEqualTo("RED_STRICT_CONTROL");

    // in English, on a bundle older than its freshness: the colour is unknown (ADR 32 §5), so a
    // green code is referred as without a code, and the page says why
    scanner.script("localStorage.setItem('hc.lang', 'en')");
    block(scanner, true);
    scanner.driver().navigate().refresh();
    scanner.await("#offline-bundle[data-ready='true']");
    scanner
        .driver()
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " import('/js/scanner/store.js').then((s) => s.kv.get('bundle').then((b) => {"
                + " b.fetchedAt = Date.now() - b.freshnessSeconds * 1000 - 60000;"
                + " return s.kv.put('bundle', b); })).then(() => done());");
    scanner.driver().navigate().refresh();
    scanner.await("#offline-bundle[data-stale='true']");
    scanner.await("#wedge").sendKeys(greenText + Keys.ENTER);
    scanner.awaitText("#verdict-offline", "OFFLINE DECISION");
    assertThat(scanner.await("#verdict-outcome").getText()).isEqualTo("REFER");
    assertThat(scanner.await("#verdict").getAttribute("data-reason")).isEqualTo("NO_CODE");
    assertThat(scanner.await("#verdict-stale").getText()).contains("out of date", "colour unknown");
    scanner.screenshot("scanner-offline-refer-stale-en");
    scanner.click("#verdict");
    scanner.await("#offline-pending[data-pending='1']");
    scanner.fullScreenshot("scanner-offline-pending-en");
    block(scanner, false);
    new WebDriverWait(scanner.driver(), Duration.ofSeconds(60))
        .until(
            d -> "0".equals(d.findElement(By.id("offline-pending")).getAttribute("data-pending")));
    scanner.await("#offline-bundle[data-stale='false']");
    // two offline scans here (ADMIT, then REFER on the stale bundle), one online at the other gate
    assertThat(checkIns(green))
        .extracting(c -> c.getString("method") + " " + c.getString("reason"))
        .containsExactlyInAnyOrder(
            "OFFLINE_SCAN GREEN_NORMAL_TEMPERATURE",
            "OFFLINE_SCAN NO_CODE",
            "SCAN GREEN_NORMAL_TEMPERATURE");
  }

  /**
   * What an offline decision costs in this browser: reading and verifying a code on the kept bundle
   * (Ed25519), and signing a scan with the device key (ECDSA P-256), 200 times each; printed.
   */
  private static void measure(Browser browser, String codeText) {
    Object figures =
        browser
            .driver()
            .executeAsyncScript(
                "const text = arguments[0], done = arguments[arguments.length - 1];"
                    + " (async () => { const [s, c] = await Promise.all([import('/js/scanner/store.js'),"
                    + " import('/js/scanner/offline-code.js')]); const b = await s.kv.get('bundle');"
                    + " const k = await s.kv.get('deviceKey'); const n = 200;"
                    + " let t0 = performance.now(); for (let i = 0; i < n; i++)"
                    + " { const r = await c.readOffline(text, b.keys, b.feed, Date.now());"
                    + " if (!r.ok) throw new Error(r.code); }"
                    + " const read = (performance.now() - t0) / n; t0 = performance.now();"
                    + " const bytes = new TextEncoder().encode('HCSCAN1|' + text);"
                    + " for (let i = 0; i < n; i++) await crypto.subtle.sign({name: 'ECDSA',"
                    + " hash: 'SHA-256'}, k.privateKey, bytes);"
                    + " done('read+verify ' + read.toFixed(3) + ' ms, sign '"
                    + " + ((performance.now() - t0) / n).toFixed(3) + ' ms'); })()"
                    + ".catch((e) => done('failed ' + e));",
                codeText);
    System.out.println("Offline decision costs in headless Chromium: " + figures);
    assertThat(String.valueOf(figures)).startsWith("read+verify");
  }

  /** Chromium's network emulation: offline as without a cable, or back to normal. */
  private static void unplug(Browser browser, boolean offline) {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(offline);
    browser.driver().setNetworkConditions(conditions);
  }

  /**
   * Blocks the page's API requests (only: the exact URL, since {@code /js/graphql.js} would match a
   * pattern), or lets them through again.
   */
  private static void block(Browser browser, boolean blocked) {
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser
        .driver()
        .executeCdpCommand(
            "Network.setBlockedURLs",
            Map.of("urls", blocked ? List.of(Api.graphqlUrl()) : List.of()));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> queuedScans(Browser browser) {
    return (List<Map<String, Object>>)
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/js/scanner/store.js').then((s) => s.scans.all())"
                    + ".then((all) => done(all.map(({scanId, codeText, scannedAt, temperature,"
                    + " outcome, reason, signature}) => ({scanId, codeText, scannedAt, temperature,"
                    + " outcome, reason, signature}))));");
  }

  private static JsonObject upload(Gates gate, List<Map<String, Object>> scans) {
    String token = Venues.signIn(gate.credential());
    return data(
        Api.graphql(
            "mutation($in: OfflineScanBatchInput!) { uploadOfflineScans(input: $in) {"
                + " accepted duplicates refused { scanId code } } }",
            Map.of("in", Map.of("sentAt", java.time.Instant.now().toString(), "scans", scans)),
            token),
        "uploadOfflineScans");
  }

  private static String qrText(Holder holder) {
    return data(
            Api.graphql(
                "query($p: ID!) { healthCodeQr(personId: $p) { qrText } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "healthCodeQr")
        .getString("qrText");
  }

  private static List<JsonObject> checkIns(Holder holder) {
    return data(
            Api.graphql(
                "query($p: ID!) { checkIns(personId: $p) { edges { node {"
                    + " method outcome reason colour } } } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "checkIns")
        .getJsonArray("edges")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getJsonObject("node"))
        .toList();
  }
}
