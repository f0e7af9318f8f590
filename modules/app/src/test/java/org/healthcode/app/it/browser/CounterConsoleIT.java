package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service counter's console (docs/adr/0034): counter staff register a person who has no phone
 * with the reference of the paper consent (refused without), declare for them, print the paper code
 * (QR, masked name, validity, instructions in both languages) that a gate then admits, find the
 * person again by document and revoke the code.
 */
class CounterConsoleIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void counterStaffRegisterDeclarePrintAndRevokeForAPersonWithoutAPhone() throws Exception {
    String username = Staff.createAccount("counter", "COUNTER");
    Map<String, Object> person = Citizens.residentPerson("王秀英");
    Browser desk = browsers.open("counter", Browser.Options.desk("zh-CN"));
    AuthorityConsoleIT.signIn(desk, "/counter/", username);
    desk.screenshot("counter-start-zh");

    desk.click("#counter-register");
    desk.type("#f-name", (String) person.get("name"));
    desk.select("#f-documentType", "RESIDENT_ID_CARD");
    desk.type("#f-documentNumber", (String) person.get("documentNumber"));
    desk.set("#f-dateOfBirth", String.valueOf(person.get("dateOfBirth")));
    desk.select("#f-sex", (String) person.get("sex"));
    desk.select("#f-homeDistrict", "HEPING");
    desk.click("#register");
    // no paper consent reference: refused beside its field, in the page's language
    assertThat(desk.awaitText("#f-consentReference-error", "同意书").getText()).isNotEmpty();
    desk.fullScreenshot("counter-register-no-reference-zh");
    desk.type("#f-consentReference", "TJ-HP-" + UUID.randomUUID().toString().substring(0, 6));
    desk.click("#register");
    desk.awaitText("#counter-notice", "已登记");
    assertThat(desk.await("#counter-person h2").getText()).isEqualTo("王*英");

    desk.click("#counter-declare");
    desk.type("#f-address", "社区服务中心");
    desk.click("#submit-declaration");
    desk.awaitText("#counter-outcome", "绿");
    desk.screenshot("counter-declared-zh");

    desk.click("#counter-print");
    desk.await("#paper-qr");
    String token = desk.decodeQr("#paper-qr");
    assertThat(desk.await("#paper-name").getText()).isEqualTo("王*英");
    assertThat(desk.await("#paper-instructions-zh").getText()).contains("扫描二维码");
    assertThat(desk.await("#paper-instructions-en").getText()).contains("scan the QR code");
    assertThat(desk.await("#paper-valid").getText()).contains("有效期至").contains("valid until");
    desk.fullScreenshot("counter-paper-code");
    desk.printA4("counter-paper-code");

    // the printed code: the T of "T.S" (or T alone) is what a gate's scan takes
    Venues.Device gate = Venues.newDevice();
    JsonObject scan = admitted(gate, token);
    assertThat(scan.getString("outcome")).isEqualTo("ADMIT");
    assertThat(scan.getString("maskedName")).isEqualTo("王*英");

    // later: found again by document (audited), the code revoked
    desk.click("#paper-back");
    desk.click("#counter-next");
    desk.click("#counter-find");
    desk.select("#f-documentType", "RESIDENT_ID_CARD");
    desk.type("#f-number", (String) person.get("documentNumber"));
    desk.type("#f-reason", "补打遗失的纸码");
    desk.click("#find");
    desk.awaitText("#counter-person h2", "王*英");
    desk.script("window.confirm = () => true;");
    desk.click("#counter-revoke");
    desk.awaitText("#counter-notice", "已作废");
    desk.screenshot("counter-revoked-zh");
    io.smallrye.graphql.client.Response refused =
        Venues.scan(gate, "scan-" + UUID.randomUUID(), token, "36.5");
    boolean hasErrors = refused.getErrors() != null && !refused.getErrors().isEmpty();
    assertThat(
            hasErrors
                || "DENY".equals(refused.getData().getJsonObject("scan").getString("outcome")))
        .as("a revoked paper code is refused")
        .isTrue();

    // the same console in English
    desk.click("#counter-next");
    desk.script("localStorage.setItem('hc.lang', 'en');");
    desk.open("/counter/");
    desk.await("#counter-start");
    desk.screenshot("counter-start-en");
  }

  private static JsonObject admitted(Venues.Device gate, String token) throws InterruptedException {
    String t = token.contains(".") ? token.substring(0, token.indexOf('.')) : token;
    JsonObject scan = Venues.scan(gate, t, "36.5");
    for (int i = 0; i < 40 && !"ADMIT".equals(scan.getString("outcome", null)); i++) {
      Thread.sleep(250);
      scan = Venues.scan(gate, t, "36.5");
    }
    return scan;
  }
}
