package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Citizens;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.Holders;
import org.healthcode.app.it.support.Holders.Holder;
import org.junit.jupiter.api.Test;

/**
 * The API answers in the caller's language (DESIGN §9, docs/adr/0021): Chinese unless the
 * Accept-Language header prefers English; error codes and rule ids stay the same in both.
 */
class LanguageIT extends DeployedApplication {

  private static final String COLOURS = "{ colours { colour meaning } }";

  @Test
  void chineseIsTheDefaultAndEnglishIsChosenByTheHeader() {
    assertThat(meaningOfGreen(null)).isEqualTo("正常：体温正常时可进入各类场所、正常出行。");
    assertThat(meaningOfGreen("fr-FR,de;q=0.8")).startsWith("正常");
    assertThat(meaningOfGreen("en-GB,en;q=0.9")).startsWith("Normal: may enter places");
    assertThat(meaningOfGreen("fr, zh-TW;q=0.7, en;q=0.5")).startsWith("正常");
    HttpResponse<String> answer = Api.postGraphqlIn("en", COLOURS, null, null);
    assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
  }

  @Test
  void referenceDataIsTranslated() {
    JsonObject zh =
        data(
            Api.postGraphqlIn(
                "zh-CN",
                "{ symptoms { symptom description } documentTypes { type description format }"
                    + " venueCategories { category description } }",
                null,
                null));
    assertThat(zh.getJsonArray("symptoms").getJsonObject(0).getString("description"))
        .isEqualTo("发热");
    assertThat(zh.getJsonArray("documentTypes").getJsonObject(0).getString("description"))
        .isEqualTo("中华人民共和国居民身份证");
    assertThat(zh.getJsonArray("documentTypes").getJsonObject(0).getString("format"))
        .contains("18位");
    assertThat(zh.getJsonArray("venueCategories").toString()).contains("农贸市场");
  }

  @Test
  void errorsKeepTheirCodeAndNameTheFieldInTheCallersLanguage() {
    String token = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> person = Citizens.residentPerson("王小红");
    String number = (String) person.get("documentNumber");
    char last = number.charAt(17);
    person.put("documentNumber", number.substring(0, 17) + (last == '1' ? '2' : '1'));
    String register = "mutation($in: PersonInput!) { registerSelf(input: $in) { id } }";
    JsonObject zh = error(Api.postGraphqlIn(null, register, Map.of("in", person), token));
    assertThat(zh.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_DOCUMENT");
    assertThat(zh.getJsonObject("extensions").getString("field")).isEqualTo("documentNumber");
    assertThat(zh.getString("message")).startsWith("证件号码：");
    JsonObject en = error(Api.postGraphqlIn("en", register, Map.of("in", person), token));
    assertThat(en.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_DOCUMENT");
    assertThat(en.getString("message")).contains("check character");

    HttpResponse<String> refused = Api.postGraphqlIn(null, "{ me { maskedPhone } }", null, "x.y.z");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(error(refused).getString("message")).isEqualTo("请（重新）登录。");
  }

  @Test
  void notificationsTellInPlainWordsAndCityTimeWithTheRuleIdsAsData() throws Exception {
    Holder holder = Holders.withColour("ORANGE");
    String query =
        "query($p: ID!) { notifications(personId: $p) { edges { node { text colour cause"
            + " observationEnd ruleIds } } }"
            + " healthCode(personId: $p) { history(first: 1) { edges { node { explanation"
            + " ruleIds } } } } }";
    Map<String, Object> variables = Map.of("p", holder.personId());
    JsonObject zh = data(Api.postGraphqlIn(null, query, variables, holder.token()));
    JsonObject note =
        zh.getJsonObject("notifications")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    assertThat(note.getString("text"))
        .startsWith("您的健康码已于")
        .contains("变为橙码", "居家观察至", "近14天内至少有一种症状")
        .doesNotContain("ORANGE-SYMPTOM", "Z");
    assertThat(note.getString("text")).matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}.*");
    assertThat(note.getString("colour")).isEqualTo("ORANGE");
    assertThat(note.getString("cause")).isEqualTo("DECLARATION");
    assertThat(note.getJsonArray("ruleIds").getString(0)).isEqualTo("ORANGE-SYMPTOM");
    assertThat(
            zh.getJsonObject("healthCode")
                .getJsonObject("history")
                .getJsonArray("edges")
                .getJsonObject(0)
                .getJsonObject("node")
                .getString("explanation"))
        .isEqualTo("原因：您的健康申报（近14天内至少有一种症状）。");

    JsonObject en = data(Api.postGraphqlIn("en", query, variables, holder.token()));
    assertThat(
            en.getJsonObject("notifications")
                .getJsonArray("edges")
                .getJsonObject(0)
                .getJsonObject("node")
                .getString("text"))
        .startsWith("Your health code turned orange code on ")
        .contains("Home observation until", "At least one symptom in the last 14 days");
  }

  private static String meaningOfGreen(String acceptLanguage) {
    return data(Api.postGraphqlIn(acceptLanguage, COLOURS, null, null))
        .getJsonArray("colours")
        .getJsonObject(0)
        .getString("meaning");
  }

  private static JsonObject data(HttpResponse<String> response) {
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(body.containsKey("errors")).as(response.body()).isFalse();
    return body.getJsonObject("data");
  }

  private static JsonObject error(HttpResponse<String> response) {
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(body.getJsonArray("errors")).as(response.body()).hasSize(1);
    return body.getJsonArray("errors").getJsonObject(0);
  }
}
