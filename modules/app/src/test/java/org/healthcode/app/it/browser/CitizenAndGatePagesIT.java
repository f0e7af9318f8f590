package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.FakeCamera;
import org.healthcode.app.it.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The people's pages in a real browser (headless Chromium), in Chinese: a citizen signs in,
 * registers, consents, declares a fever and sees an ORANGE code whose QR, decoded from the page's
 * own image, is the code; the gate scanner reads it through a fake camera and through a keyboard
 * wedge and shows DENY; an expired device token is renewed; a dependent gets a code of their own.
 */
class CitizenAndGatePagesIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aFeverGivesAnOrangeCodeThatTheGateDenies() throws Exception {
    Browser phone = browsers.open("phone", Browser.Options.phone("zh-CN"));
    CitizenSteps.signIn(phone);
    Map<String, Object> self = Citizens.residentPerson("张三明");
    CitizenSteps.register(phone, self, null);
    CitizenSteps.consent(phone);
    phone.awaitText("#code", "尚无健康码");
    phone.screenshot("citizen-no-code-zh");
    CitizenSteps.declare(phone, "38.2", "FEVER");

    phone.awaitText("#code-title", "橙码");
    assertThat(phone.await("#code").getAttribute("data-colour")).isEqualTo("ORANGE");
    assertThat(phone.await("#masked-name").getText()).isEqualTo("张*明");
    assertThat(phone.await("#meaning").getText()).contains("居家医学观察");
    assertThat(phone.await("#turns-green").getText()).contains("自动转为绿码");
    assertThat(phone.await("#explanation").getText()).contains("近14天内至少有一种症状");
    String clock = phone.await("#live-clock").getText();
    new WebDriverWait(phone.driver(), Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.id("live-clock")).getText().equals(clock));
    String token = phone.decodeQr("#qr");
    // the QR carries T.S: the token, a dot and its offline signature (docs/adr/0032)
    assertThat(token).hasSize(158).startsWith(phone.await("#qr").getAttribute("data-token") + ".");
    phone.fullScreenshot("citizen-code-orange-zh");

    Gates gate = Gates.newGate("SUPERMARKET");
    Path video = FakeCamera.holding(token, "orange-code");
    Browser scanner = browsers.open("scanner", Browser.Options.desk("zh-CN").camera(video));
    scanner.open("/scanner/");
    scanner.type("#f-credentialId", gate.credentialId());
    scanner.type("#f-secret", gate.secret());
    scanner.screenshot("scanner-sign-in-zh");
    scanner.click("#device-sign-in");
    // the camera reads the phone's code by itself; ZXing decodes in the page's own thread, which
    // took over 30 s once on a busy 2-core CI box, so the first read may take longer
    scanner.awaitOrExplain("#verdict-outcome", 90, "#scanner-state", "#camera-status");
    scanner.awaitText("#verdict-outcome", "禁止通行");
    assertThat(scanner.await("#verdict").getAttribute("data-outcome")).isEqualTo("DENY");
    assertThat(scanner.await("#verdict-name").getText()).isEqualTo("张*明");
    assertThat(scanner.await("#verdict-message").getText()).contains("橙码", "居家医学观察");
    scanner.screenshot("scanner-deny-zh");
    scanner.click("#verdict");

    // a keyboard-wedge scanner types the code and Enter
    scanner.await("#scanner-state");
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "禁止通行");
    scanner.click("#verdict");

    // the device's token expired: the page signs in again with the kept credential and scans
    scanner.script(
        "sessionStorage.setItem('hc.scanner.token', JSON.stringify({token: arguments[0],"
            + " expiresAt: new Date(Date.now() + 600000).toISOString(), entryPointId: arguments[1]}))",
        TestTokens.expired("device:" + gate.credentialId(), List.of("SCANNER")),
        gate.entryPoint());
    scanner.await("#wedge").sendKeys(token + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "禁止通行");
    scanner.click("#verdict");
    assertThat(scanner.awaitText("#scanner-state", "重新登录").getText()).isEqualTo("设备已重新登录，可继续扫码");
    scanner.screenshot("scanner-token-renewed-zh");
  }

  @Test
  void aDependentGetsACodeOfTheirOwn() throws Exception {
    Browser phone = browsers.open("phone", Browser.Options.phone("zh-CN"));
    CitizenSteps.signIn(phone);
    CitizenSteps.register(phone, Citizens.residentPerson("李建国"), null);
    CitizenSteps.consent(phone);
    // the code page renders again once the code is loaded: a click before that can be lost
    phone.awaitText("#code", "尚无健康码");
    CitizenSteps.declare(phone, "36.6");
    phone.awaitText("#code-title", "绿码");
    String selfToken = phone.decodeQr("#qr");

    phone.click("#go-dependent");
    Map<String, Object> child = Citizens.residentPerson("李小红");
    // a wrong check character first: the form shows the API's error beside the number
    String number = (String) child.get("documentNumber");
    Map<String, Object> mistyped = new java.util.HashMap<>(child);
    mistyped.put(
        "documentNumber", number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1'));
    CitizenSteps.register(phone, mistyped, "CHILD");
    assertThat(phone.awaitText("#f-documentNumber-error", "号码").getText()).startsWith("证件号码：");
    phone.fullScreenshot("citizen-register-error-zh");
    phone.type("#f-documentNumber", number);
    phone.click("#register");
    CitizenSteps.consent(phone);
    phone.await("#declare-form");
    phone.select("#f-district", "HEPING");
    phone.type("#f-address", "1 Nanjing Road");
    phone.click("#submit-declaration");

    phone.awaitText("#code-title", "绿码");
    assertThat(phone.await("#masked-name").getText()).isEqualTo("李*红");
    assertThat(phone.await(".tabs button[aria-pressed=true]").getText()).contains("子女");
    String childToken = phone.decodeQr("#qr");
    assertThat(childToken).hasSize(158).isNotEqualTo(selfToken);
    phone.screenshot("citizen-dependent-green-zh");

    // a bus has no thermometer: its device scans with "not measured" and admits the green code
    Gates bus = Gates.newGate("BUS");
    Browser scanner = bus.signIn(browsers.open("scanner", Browser.Options.desk("zh-CN")));
    scanner.click("#not-measured");
    assertThat(scanner.await("#temperature").isEnabled()).isFalse();
    scanner.await("#wedge").sendKeys(childToken + Keys.ENTER);
    scanner.awaitText("#verdict-outcome", "准许通行");
    assertThat(scanner.await("#verdict").getText()).contains("李*红", "未测体温");
    scanner.screenshot("scanner-admit-not-measured-zh");

    phone.click("#go-records");
    phone.awaitText("#notifications", "您的健康码已于");
    phone.fullScreenshot("citizen-records-zh");
  }
}
