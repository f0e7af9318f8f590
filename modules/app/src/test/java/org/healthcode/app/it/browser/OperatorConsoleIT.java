package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.FakeCamera;
import org.healthcode.app.it.support.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The venue operator's console: register a venue, add an entry point, issue a device credential
 * whose set-up QR the scanner page reads with its camera to sign in, revoke it; the scans by hour
 * chart.
 */
class OperatorConsoleIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void anOperatorIssuesACredentialAndTheScannerPageSignsInWithItsQr() throws Exception {
    String operator = Staff.createAccount("operator", "VENUE_OPERATOR");
    Browser desk = browsers.open("operator", Browser.Options.desk("en"));
    AuthorityConsoleIT.signIn(desk, "/operator/", operator);
    desk.type("#f-name", "Golden Bay Market");
    desk.select("#f-category", "FARMERS_MARKET");
    desk.select("#f-district", "NANKAI");
    desk.type("#f-address", "8 Anshan West Road");
    desk.click("#register-venue-submit");
    desk.awaitText(".venue h2", "Golden Bay Market");
    desk.type(".venue .entry-label", "East gate");
    desk.click(".venue .add-entry-submit");
    desk.awaitText(".entry-point h3", "East gate");
    desk.awaitText(".entry-point .credentials", "No device credential");
    desk.click(".entry-point .issue");
    desk.await("#credential-qr");
    String credentialId = desk.await("#issued-id").getText();
    String setup = desk.decodeQr("#credential-qr");
    assertThat(setup).startsWith("HCDEVICE1:" + credentialId + ":");
    desk.awaitText(".entry-point .credentials", credentialId);
    assertThat(desk.await(".poster-link").getAttribute("href")).contains("/poster/?entryPoint=");
    desk.fullScreenshot("operator-credential-en");

    Path video = FakeCamera.holding(setup, "device-setup");
    Browser gate = browsers.open("gate", Browser.Options.phone("zh-CN").camera(video));
    gate.open("/scanner/");
    gate.click("#setup-by-qr");
    // the camera starts, ZXing loads and reads the frames, the device signs in: slow on a loaded
    // box
    gate.awaitOrExplain(
        "#scanner-state",
        60,
        "#setup-camera-status",
        "#device-setup .form-error",
        "#device-setup .state");
    gate.await("#wedge");
    gate.screenshot("scanner-signed-in-by-qr-zh");

    // revoked, the credential is listed as such and can no longer sign in
    desk.click(".entry-point .revoke");
    desk.awaitText(".entry-point .credentials", "Revoked");
    assertThat(desk.driver().findElements(By.cssSelector(".entry-point .revoke"))).isEmpty();

    desk.click("#tab-statistics");
    desk.await("#venue-chart");
    desk.awaitText("#venue-hours", "No scans");
    assertThat(desk.script("return !!Chart.getChart(document.getElementById('venue-chart'))"))
        .isEqualTo(true);
    desk.fullScreenshot("operator-statistics-en");
  }
}
