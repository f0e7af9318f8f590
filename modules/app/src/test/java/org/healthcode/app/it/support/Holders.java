package org.healthcode.app.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Account holders with a registered self and, when asked, a colour from a real declaration. */
public final class Holders {

  private Holders() {}

  /**
   * A signed-in account holder and their registered self.
   *
   * @param documentNumber the self's resident ID number, for manual passes
   */
  public record Holder(String token, String personId, String documentNumber) {}

  public static Holder newHolder() {
    String token = Citizens.signIn(Citizens.newPhone());
    Map<String, Object> person = Citizens.residentPerson("李小明");
    String id = data(Citizens.registerSelf(token, person), "registerSelf").getString("id");
    return new Holder(token, id, (String) person.get("documentNumber"));
  }

  /**
   * A holder whose code has the colour, from a declaration the background review turns into it:
   * nothing to report (GREEN), a cough (ORANGE), a confirmed case (RED).
   */
  public static Holder withColour(String colour) throws InterruptedException {
    Holder holder = newHolder();
    declare(holder, colour);
    awaitColour(holder, colour);
    return holder;
  }

  /** Declares for the holder's self so that the review gives the colour. */
  public static void declare(Holder holder, String colour) {
    Declarations.consent(holder.token(), holder.personId());
    Map<String, Object> form = Declarations.nothingToReport(holder.personId());
    switch (colour) {
      case "GREEN" -> {}
      case "ORANGE" -> form.put("symptoms", List.of("COUGH"));
      case "RED" -> form.put("caseStatus", "CONFIRMED");
      default -> throw new IllegalArgumentException(colour);
    }
    data(
        Api.graphql(
            "mutation($in: DeclarationInput!) { submitDeclaration(input: $in) { outcome } }",
            Map.of("in", form),
            holder.token()),
        "submitDeclaration");
  }

  /** The holder's code with its latest change, as the app reads it. */
  public static JsonObject code(Holder holder) {
    return data(
        Api.graphql(
            "query($p: ID!) { healthCode(personId: $p) { colour"
                + " history(first: 1) { edges { node { cause reason } } } } }",
            Map.of("p", holder.personId()),
            holder.token()),
        "healthCode");
  }

  /** The code once it has the colour; a review is applied right after its declaration commits. */
  public static JsonObject awaitColour(Holder holder, String colour) throws InterruptedException {
    JsonObject code = code(holder);
    for (int i = 0; i < 40 && !colour.equals(code.getString("colour", null)); i++) {
      Thread.sleep(250);
      code = code(holder);
    }
    assertThat(code.getString("colour", null))
        .as("colour of " + holder.personId())
        .isEqualTo(colour);
    return code;
  }

  /** A fresh app code token of the holder's self. */
  public static String appCode(Holder holder) {
    return data(
            Api.graphql(
                "query($p: ID!) { healthCodeQr(personId: $p) { token } }",
                Map.of("p", holder.personId()),
                holder.token()),
            "healthCodeQr")
        .getString("token");
  }

  /** The paper code of a newly registered person who has not declared yet (no colour). */
  public static String paperCodeOfANewPerson() {
    Holder holder = newHolder();
    return data(
            Api.graphql(
                "mutation($id: ID!) { printPaperCode(personId: $id) { token } }",
                Map.of("id", holder.personId()),
                holder.token()),
            "printPaperCode")
        .getString("token");
  }
}
