package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The auditor's view: filters applied by the API, the entry of a staff account's creation. */
class AuditorViewIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void anAuditorFindsTheCreationOfAStaffAccountByActionAndSubject() throws Exception {
    String created = Staff.createAccount("someone", "ANALYST");
    String auditor = Staff.createAccount("auditor", "AUDITOR");
    Browser desk = browsers.open("auditor", Browser.Options.desk("en"));
    AuthorityConsoleIT.signIn(desk, "/auditor/", auditor);
    desk.await("#audit-log");
    desk.type("#f-action", "STAFF_ACCOUNT_CREATED");
    desk.type("#f-subjectId", created);
    desk.type("#f-actor", "staff:admin");
    desk.click("#audit-apply");
    desk.awaitText("#audit-log", created);
    assertThat(desk.driver().findElements(By.cssSelector("#audit-log tbody tr"))).hasSize(1);
    assertThat(desk.await("#audit-log tbody tr").getText())
        .contains("STAFF_ACCOUNT_CREATED", "staff:admin", created);
    desk.fullScreenshot("auditor-filtered-en");

    desk.type("#f-actor", "staff:nobody-at-all");
    desk.click("#audit-apply");
    desk.awaitText("#audit-log", "No entry matches");
  }
}
