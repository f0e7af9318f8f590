package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The health authority's console in a real browser: a reviewer clears a queued declaration and the
 * citizen's code changes; a reviewer proposes RED, sees no approve button for the own proposal, a
 * second person approves, and the citizen's page shows RED with the reviewer's words; each role
 * sees only its own tabs.
 */
class AuthorityConsoleIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aReviewerDecidesAQueuedDeclarationAndTheCitizensColourChanges() throws Exception {
    Browser phone = browsers.open("citizen", Browser.Options.phone("zh-CN"));
    CitizenSteps.signIn(phone);
    CitizenSteps.register(phone, Citizens.residentPerson("钱多多"), null);
    CitizenSteps.consent(phone);
    // a temperature of fever with no fever ticked contradicts itself: a reviewer must look
    CitizenSteps.declare(phone, "37.9");
    // held for a reviewer: no code yet
    phone.awaitText("main", "尚无健康码");

    String reviewer = Staff.createAccount("reviewer", "REVIEWER");
    Browser desk = browsers.open("reviewer", Browser.Options.desk("zh-CN"));
    signIn(desk, "/authority/", reviewer);
    desk.await("#review-queue");
    assertThat(desk.driver().findElements(By.id("tab-staff"))).as("no staff tab").isEmpty();
    WebElement row = pageTo(desk, "#review-queue", "钱*");
    assertThat(row.getText()).contains("37.9");
    row.findElement(By.cssSelector(".decide-outcome"));
    desk.script("arguments[0].value = 'GREEN'", row.findElement(By.cssSelector(".decide-outcome")));
    row.findElement(By.cssSelector(".decide-reason")).sendKeys("体温复测正常 36.6");
    desk.fullScreenshot("authority-queue-zh");
    row.findElement(By.cssSelector(".decide-submit")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(
            desk.driver(), java.time.Duration.ofSeconds(20))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(row));

    phone.driver().navigate().refresh();
    phone.awaitText("#code-title", "绿码");
    phone.fullScreenshot("citizen-after-review-zh");
  }

  @Test
  void aReviewerProposesRedASecondPersonApprovesAndTheCitizenSeesRedWithTheReason()
      throws Exception {
    Map<String, Object> person = Citizens.residentPerson("孙立");
    Browser phone = browsers.open("citizen", Browser.Options.phone("en"));
    CitizenSteps.signIn(phone);
    CitizenSteps.register(phone, person, null);
    CitizenSteps.consent(phone);
    CitizenSteps.declare(phone, "36.5");
    phone.awaitText("#code-title", "Green");

    // a reviewer proposes (the roles REVIEWER and SUPERVISOR are never held together)
    String proposer = Staff.createAccount("proposer", "REVIEWER");
    Browser desk = browsers.open("proposer", Browser.Options.desk("en"));
    signIn(desk, "/authority/", proposer);
    desk.click("#tab-persons");
    desk.select("#f-documentType", "RESIDENT_ID_CARD");
    desk.type("#f-number", (String) person.get("documentNumber"));
    desk.type("#f-reason", "Positive PCR test reported by the lab");
    desk.click("#find-submit");
    desk.awaitText("#person h2", "孙");
    desk.select("#f-targetColour", "RED");
    desk.select("#f-reasonCode", "CONFIRMED_CASE");
    String words = "Positive PCR test on 3 December, isolate at home " + System.nanoTime() % 10000;
    desk.type("#f-reasonText", words);
    desk.type("#f-legalBasis", "Law on the Prevention of Infectious Diseases, art. 39");
    desk.click("#propose-submit");
    desk.await("#proposed");
    desk.fullScreenshot("authority-propose-en");
    desk.click("#tab-proposals");
    WebElement own = pageTo(desk, "#proposals", words);
    assertThat(own.findElements(By.cssSelector(".approve"))).as("approve on own").isEmpty();

    String supervisor = Staff.createAccount("supervisor", "SUPERVISOR");
    Browser second = browsers.open("supervisor", Browser.Options.desk("en"));
    signIn(second, "/authority/", supervisor);
    assertThat(second.driver().findElements(By.id("tab-queue"))).as("no queue tab").isEmpty();
    WebElement row = pageTo(second, "#proposals", words);
    second.fullScreenshot("authority-approve-en");
    row.findElement(By.cssSelector(".approve")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(
            second.driver(), java.time.Duration.ofSeconds(20))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(row));

    phone.driver().navigate().refresh();
    phone.awaitText("#code-title", "Red");
    phone.fullScreenshot("citizen-red-en");
    // the officer's own words reach the person with the change
    phone.click("#go-records");
    phone.awaitText("#notifications", words);
    phone.fullScreenshot("citizen-red-with-reason-en");

    // the reviewer records the confirmed case: the tracing job runs on the server, the page
    // follows it until it is done (docs/adr/0043)
    desk.click("#tab-persons");
    desk.select("#f-documentType", "RESIDENT_ID_CARD");
    desk.type("#f-number", (String) person.get("documentNumber"));
    desk.type("#f-reason", "Confirmed case: tracing contacts");
    desk.click("#find-submit");
    desk.awaitText("#person h2", "孙");
    desk.set(
        "#f-onsetDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    desk.click("#case-submit");
    desk.awaitText("#report-state", "Tracing done");
    assertThat(desk.await("#report-caseVisits").getText()).isEqualTo("0");
    desk.fullScreenshot("authority-tracing-en");
  }

  @Test
  void anAdministratorCreatesAndDisablesAStaffAccountAndOtherRolesSeeNoConsole() throws Exception {
    Browser desk = browsers.open("admin", Browser.Options.desk("en"));
    desk.open("/authority/");
    desk.type("#f-username", Staff.ADMIN);
    desk.type("#f-password", Staff.ADMIN_PASSWORD);
    desk.click("#staff-submit");
    desk.await("#create-staff");
    String username = Staff.uniqueUsername("analyst");
    desk.type("#f-username", username);
    desk.type("#f-password", Staff.PASSWORD);
    desk.click("#role-ANALYST");
    desk.click("#create-staff-submit");
    desk.awaitText("#staff-accounts", username);
    WebElement row = pageTo(desk, "#staff-accounts", username);
    assertThat(row.getText()).contains("Analyst", "Yes");
    row.findElement(By.cssSelector(".disable-reason")).sendKeys("left the team");
    row.findElement(By.cssSelector(".disable")).click();
    desk.awaitText("#staff-accounts", "No (disabled)");
    desk.fullScreenshot("authority-staff-en");
    assertThat(Staff.codes(Staff.signIn(username, Staff.PASSWORD))).isNotEmpty();

    String operator = Staff.createAccount("operator", "VENUE_OPERATOR");
    Browser other = browsers.open("operator", Browser.Options.desk("zh-CN"));
    signIn(other, "/authority/", operator);
    other.awaitText("#no-role", "没有卫生健康部门的角色");
    assertThat(other.driver().findElements(By.cssSelector("#sections button"))).isEmpty();
  }

  @Test
  void aSupervisorAddsARuleAndANewVersionThroughTheFormAndARiskArea() throws Exception {
    // in force only from next month, so no other test's declaration meets it
    String later =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
    String ruleId =
        "UI-RULE-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String supervisor = Staff.createAccount("supervisor", "SUPERVISOR");
    Browser desk = browsers.open("supervisor", Browser.Options.desk("en"));
    signIn(desk, "/authority/", supervisor);
    desk.click("#tab-rules");
    desk.click("#new-rule");
    desk.type("#f-ruleId", ruleId);
    desk.type("#f-description", "Under medical observation: a reviewer looks");
    desk.select("#f-outcome", "MANUAL_REVIEW");
    desk.set("#f-validFrom", later);
    desk.set("#f-validTo", later);
    desk.select("#f-kind", "UNDER_MEDICAL_OBSERVATION");
    saveRule(desk);
    WebElement v1 = pageTo(desk, "#rules", ruleId);
    assertThat(v1.getText()).contains("v1", "Under medical observation", later);

    v1.findElement(By.cssSelector(".edit-rule")).click();
    desk.await("#rule-form");
    desk.select("#f-kind", "STAY_IN");
    desk.click("#cond-levels-HIGH");
    desk.type("#f-withinDays", "14");
    desk.set("#f-validFrom", later);
    desk.set("#f-validTo", later);
    desk.fullScreenshot("authority-rule-form-en");
    saveRule(desk);
    desk.awaitText("#rules", ruleId + " v2");
    WebElement v2 = pageTo(desk, "#rules", ruleId + " v2");
    assertThat(v2.getText())
        .contains("Stay in a risk area", "Risk levels: High", "Within the last days: 14");

    desk.click("#tab-areas");
    desk.type("#f-region", "440305");
    desk.select("#f-level", "HIGH");
    desk.set("#f-validFrom", later);
    desk.type("#f-reason", "Cluster reported by Shenzhen");
    desk.click("#create-area-submit");
    desk.awaitText("#risk-areas", "440305");
    desk.fullScreenshot("authority-risk-areas-en");
  }

  /** Submits the rule form and waits until it is gone (saved); fails with the form's error. */
  static void saveRule(Browser desk) {
    desk.click("#rule-submit");
    new org.openqa.selenium.support.ui.WebDriverWait(
            desk.driver(), java.time.Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    desk.script(
                        "const f = document.getElementById('rule-form');"
                            + " return !f || [...f.querySelectorAll('.form-error, .field-error')]"
                            + ".some((e) => e.textContent.trim() !== '');")));
    assertThat(desk.driver().findElements(By.id("rule-form")))
        .as("rule form still open: " + desk.driver().findElement(By.tagName("main")).getText())
        .isEmpty();
  }

  static void signIn(Browser desk, String page, String username) {
    desk.open(page);
    desk.type("#f-username", username);
    desk.type("#f-password", Staff.PASSWORD);
    desk.click("#staff-submit");
    desk.await("#who");
  }

  /** The row of the table containing text, going to the next page until it shows. */
  static WebElement pageTo(Browser desk, String table, String text) {
    for (int page = 0; page < 50; page++) {
      desk.await(table + " .muted");
      List<WebElement> rows = desk.driver().findElements(By.cssSelector(table + " tbody tr"));
      for (WebElement row : rows) {
        if (row.getText().contains(text)) {
          return row;
        }
      }
      List<WebElement> next = desk.driver().findElements(By.cssSelector(table + " .next"));
      if (next.isEmpty()) {
        break;
      }
      String pageText = desk.await(table + " .actions .muted").getText();
      next.get(0).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              desk.driver(), java.time.Duration.ofSeconds(20))
          .until(
              d ->
                  !d.findElement(By.cssSelector(table + " .actions .muted"))
                      .getText()
                      .equals(pageText));
    }
    throw new AssertionError("no row with " + text + " in " + table);
  }
}
