package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The citizen's code page with the network down (docs/adr/0035): it keeps showing the last code it
 * received, the same QR, and says so; back online, a fresh code and no notice.
 */
class CitizenOfflineIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void theCodePage_WithTheNetworkDown_ShowsTheLastCodeAndSaysSo() throws Exception {
    Browser phone = browsers.open("offline", Browser.Options.phone("zh-CN"));
    CitizenSteps.signIn(phone);
    CitizenSteps.register(phone, Citizens.residentPerson("刘晓梅"), null);
    CitizenSteps.consent(phone);
    phone.awaitText("#code", "尚无健康码");
    CitizenSteps.declare(phone, "36.5");
    phone.await(By.cssSelector("#code[data-colour='GREEN']"));
    String online = phone.await("#qr").getAttribute("data-token");
    String onlineQr = phone.decodeQr("#qr");

    network(phone, false);
    phone.click("#code-refresh");
    phone.awaitText("#code-offline", "无网络连接");
    assertThat(phone.await("#qr").getAttribute("data-token")).isEqualTo(online);
    assertThat(phone.decodeQr("#qr")).isEqualTo(onlineQr).startsWith(online);
    assertThat(phone.await("#code").getAttribute("data-colour")).isEqualTo("GREEN");
    phone.screenshot("citizen-offline-last-code-zh");

    network(phone, true);
    phone.click("#code-refresh");
    awaitNoNotice(phone);
    phone.screenshot("citizen-online-again-zh");

    // in English: the texts are loaded while online, then the network goes again
    phone.click("#language");
    phone.awaitText("#code-refresh", "Refresh");
    network(phone, false);
    phone.click("#code-refresh");
    phone.awaitText("#code-offline", "No connection");
    phone.screenshot("citizen-offline-last-code-en");
    network(phone, true);
  }

  private static void awaitNoNotice(Browser phone) throws InterruptedException {
    for (int i = 0; i < 40 && !phone.driver().findElements(By.id("code-offline")).isEmpty(); i++) {
      Thread.sleep(250);
    }
    assertThat(phone.driver().findElements(By.id("code-offline"))).isEmpty();
  }

  /** Cuts or restores the page's network as the DevTools' "Offline" switch does. */
  private static void network(Browser phone, boolean online) {
    phone.driver().executeCdpCommand("Network.enable", Map.of());
    phone
        .driver()
        .executeCdpCommand(
            "Network.emulateNetworkConditions",
            Map.of(
                "offline", !online,
                "latency", 0,
                "downloadThroughput", -1,
                "uploadThroughput", -1));
  }
}
