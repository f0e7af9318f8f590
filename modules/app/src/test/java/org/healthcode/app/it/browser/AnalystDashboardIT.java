package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Browsers;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The analysts' dashboard shows the API's numbers: every district × colour cell of the table and
 * every bar equals what colourCounts answers, and a withheld bucket is shown as withheld, never as
 * a number (no bar); the series of 31 days × 17 areas draws quickly.
 */
class AnalystDashboardIT extends DeployedApplication {

  @RegisterExtension final Browsers browsers = new Browsers();

  private static final String COUNTS =
      "{ colourCounts { district residency colour count suppressed } }";

  @Test
  void theDashboardsNumbersEqualTheApisAndAWithheldBucketIsNoNumber() throws Exception {
    String analyst = Staff.createAccount("analyst", "ANALYST");
    String token = Staff.token(analyst, Staff.PASSWORD);
    // at least five green in Heping, so one bucket is shown as a number
    while (cell(counts(token), "HEPING", "GREEN").getBoolean("suppressed")) {
      Holders.withColour("GREEN");
    }
    List<JsonObject> api = counts(token);
    assertThat(api).hasSize(17 * 3);
    assertThat(api).anyMatch(c -> c.getBoolean("suppressed"));

    Browser desk = browsers.open("analyst", Browser.Options.desk("en"));
    AuthorityConsoleIT.signIn(desk, "/analyst/", analyst);
    desk.await("#colour-counts");
    api = counts(token); // as the page read it (no one else changes colours meanwhile)
    for (JsonObject c : api) {
      WebElement td =
          desk.await(
              "#colour-counts td[data-district='"
                  + c.getString("district")
                  + "'][data-colour='"
                  + c.getString("colour")
                  + "']");
      if (c.getBoolean("suppressed")) {
        assertThat(td.getText())
            .as(c.toString())
            .isEqualTo("withheld")
            .doesNotContainPattern("\\d");
      } else {
        assertThat(td.getText()).as(c.toString()).isEqualTo(String.valueOf(c.getInt("count")));
      }
    }
    // the bars: the GREEN dataset, area by area, null where withheld
    @SuppressWarnings("unchecked")
    List<Object> bars =
        (List<Object>)
            desk.script(
                "return Chart.getChart(document.getElementById('districts-chart'))"
                    + ".data.datasets[0].data");
    List<String> areas =
        List.of(
            "HEPING",
            "HEDONG",
            "HEXI",
            "NANKAI",
            "HEBEI",
            "HONGQIAO",
            "DONGLI",
            "XIQING",
            "JINNAN",
            "BEICHEN",
            "WUQING",
            "BAODI",
            "BINHAI",
            "NINGHE",
            "JINGHAI",
            "JIZHOU",
            "VISITOR");
    for (int i = 0; i < areas.size(); i++) {
      JsonObject c = cell(api, areas.get(i), "GREEN");
      Object bar = bars.get(i);
      if (c.getBoolean("suppressed")) {
        assertThat(bar).as(areas.get(i)).isNull();
      } else {
        assertThat(((Number) bar).intValue()).as(areas.get(i)).isEqualTo(c.getInt("count"));
      }
    }
    desk.fullScreenshot("analyst-districts-en");

    desk.click("#tab-series");
    desk.await("#series-table table");
    String renderMs = desk.await("#series-chart").getDomAttribute("data-render-ms");
    System.out.println("series of 31 days drawn in " + renderMs + " ms");
    assertThat(Integer.parseInt(renderMs)).isLessThan(1000);
    desk.fullScreenshot("analyst-series-en");

    desk.click("#tab-scans");
    desk.await("#scans-chart");
    desk.fullScreenshot("analyst-scans-en");
  }

  private static List<JsonObject> counts(String token) {
    return Api.graphql(COUNTS, token)
        .getData()
        .getJsonArray("colourCounts")
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject cell(List<JsonObject> counts, String district, String colour) {
    return counts.stream()
        .filter(
            c -> c.getString("district").equals(district) && c.getString("colour").equals(colour))
        .findFirst()
        .orElseThrow();
  }
}
