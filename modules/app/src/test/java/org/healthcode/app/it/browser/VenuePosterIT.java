package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.FakeCamera;
import org.healthcode.app.it.support.Staff;
import org.healthcode.app.it.support.Venues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The venue poster: an operator signs in, picks an entry point and prints its poster on one A4
 * page; a citizen checks in by pointing the phone's camera at the poster's code.
 */
class VenuePosterIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

  @Test
  void thePosterPrintsOnOneA4PageAndItsCodeChecksACitizenIn() throws Exception {
    String username = Staff.createAccount("poster", "VENUE_OPERATOR");
    String operator = Staff.token(username, Staff.PASSWORD);
    String venue = Venues.registerVenue(operator, "FARMERS_MARKET", "NANKAI");
    Venues.addEntryPoint(operator, venue, "North gate");

    Browser desk = browsers.open("operator", Browser.Options.desk("zh-CN"));
    desk.open("/poster/");
    desk.type("#f-username", username);
    desk.type("#f-password", Staff.PASSWORD);
    desk.click("#staff-submit");
    desk.click("a.entry-point");
    desk.awaitText("#poster-entry", "North gate");
    assertThat(desk.await("#poster").getText())
        .contains("进入请扫码登记", "Scan to check in", "如何登记", "How to check in");
    String venueCode = desk.decodeQr("#venue-qr");
    assertThat(venueCode).hasSize(40);
    desk.fullScreenshot("poster-zh-en");

    byte[] pdf = desk.printA4("poster");
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    assertThat(PAGE.matcher(text).results().count()).as("pages printed").isEqualTo(1);
    // printed, the buttons and the page header are left out
    desk.driver()
        .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    assertThat(desk.script("return getComputedStyle(document.querySelector('.actions')).display"))
        .isEqualTo("none");
    assertThat(desk.script("return getComputedStyle(document.getElementById('bar')).display"))
        .isEqualTo("none");
    desk.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

    Path video = FakeCamera.holding(venueCode, "venue-code");
    Browser phone = browsers.open("phone", Browser.Options.phone("zh-CN").camera(video));
    CitizenSteps.signIn(phone);
    CitizenSteps.register(phone, Citizens.residentPerson("赵敏"), null);
    CitizenSteps.consent(phone);
    CitizenSteps.declare(phone, "36.5");
    phone.awaitText("#code-title", "绿码");
    phone.click("#go-checkin");
    phone.awaitText("#checkin-result", "Test venue");
    assertThat(phone.await(".checkin-person").getText()).contains("赵*", "绿码", "体温低于37.3");
    phone.fullScreenshot("citizen-checkin-zh");
  }
}
