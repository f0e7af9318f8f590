package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The same in English, chosen on the page (a phone set to Chinese, a person who reads English): the
 * citizen declares a fever and gets an ORANGE code, the gate (switched to English) scans it with a
 * keyboard wedge and shows DENY with the API's English message.
 */
class EnglishPagesIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aPersonWhoReadsEnglishGetsEverythingInEnglish() throws Exception {
    Browser phone = browsers.open("phone", Browser.Options.phone("zh-CN"));
    phone.open("/");
    phone.await("#signin");
    assertThat(phone.await("#signin h2").getText()).isEqualTo("手机号登录");
    phone.click("#language");
    phone.awaitText("#signin h2", "Sign in with your phone");
    CitizenSteps.signIn(phone);
    Map<String, Object> self = Citizens.residentPerson("王芳");
    phone.await("#person-form");
    assertThat(phone.await("#document-format").getText()).startsWith("18 characters");
    CitizenSteps.register(phone, self, null);
    CitizenSteps.consent(phone);
    CitizenSteps.declare(phone, "38.4", "FEVER", "COUGH");
    phone.awaitText("#code-title", "Orange code");
    assertThat(phone.await("#meaning").getText()).startsWith("Home medical observation");
    assertThat(phone.await("#explanation").getText())
        .isEqualTo("Why: your health declaration (At least one symptom in the last 14 days).");
    String token = phone.decodeQr("#qr");
    phone.fullScreenshot("citizen-code-orange-en");

    Gates gate = Gates.newGate("SHOPPING_MALL");
    Browser scanner = browsers.open("scanner", Browser.Options.desk("zh-CN"));
    scanner.open("/scanner/");
    scanner.click("#language");
    scanner.awaitText("#device-setup h2", "Device sign-in");
    scanner.type("#f-credentialId", gate.credentialId());
    scanner.type("#f-secret", gate.secret());
    scanner.click("#device-sign-in");
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "DENY");
    assertThat(scanner.await("#verdict-message").getText())
        .isEqualTo(
            "Do not admit: orange code. The person must go home and stay under home medical"
                + " observation.");
    scanner.screenshot("scanner-deny-en");
    scanner.click("#verdict");

    // a fever at the gate refers whatever the colour, in the guard's language
    scanner.type("#temperature", "38.0");
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "REFER");
    assertThat(scanner.await("#verdict-message").getText()).startsWith("Do not admit: fever");
    scanner.screenshot("scanner-refer-en");
    scanner.click("#verdict");

    // no network: the page says so and sends the same scan again once the network is back
    scanner.driver().setNetworkConditions(offline());
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#scanner-state", "No network");
    scanner.screenshot("scanner-offline-en");
    scanner.driver().deleteNetworkConditions();
    scanner.awaitText("#verdict-outcome", "REFER");
    scanner.click("#verdict");
    // the third scan may have been decided offline and reach the server by the page's upload a
    // moment later (docs/adr/0036), so wait for it; a fourth row would fail as before
    long recorded = 0;
    for (long until = System.nanoTime() + 30_000_000_000L;
        (recorded = checkIns(gate)) < 3 && System.nanoTime() < until; ) {
      Thread.sleep(250);
    }
    assertThat(recorded).as("three scans, each recorded once").isEqualTo(3);

    // the operator revokes the device's credential: the next scan says so and asks for a new one
    Api.graphql(
        "mutation($ep: ID!, $c: ID!) { revokeDeviceCredential(entryPointId: $ep, credentialId: $c) }",
        Map.of("ep", gate.entryPoint(), "c", gate.credentialId()),
        gate.operator());
    Thread.sleep(5500); // other nodes' trust in an active credential lasts 5 s (README)
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#device-setup", "revoked");
    scanner.screenshot("scanner-revoked-en");
  }

  private static org.openqa.selenium.chromium.ChromiumNetworkConditions offline() {
    org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
        new org.openqa.selenium.chromium.ChromiumNetworkConditions();
    conditions.setOffline(true);
    return conditions;
  }

  private static long checkIns(Gates gate) throws java.sql.SQLException {
    return Venues.queryLong(
        "SELECT COUNT(*) FROM venue_check_in WHERE entry_point_id = ?",
        Long.parseLong(gate.entryPoint()));
  }
}
