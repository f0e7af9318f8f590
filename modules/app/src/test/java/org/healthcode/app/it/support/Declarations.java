package org.healthcode.app.it.support;

import static org.healthcode.app.it.support.Citizens.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Consent and declarations for black-box tests. */
public final class Declarations {

  private Declarations() {}

  /** Records the person's consent to the current notice (needed before any declaration). */
  public static void consent(String token, String personId) {
    data(
        Api.graphql(
            "mutation($id: ID!) { recordConsent(personId: $id, noticeVersion: \"2020-02-29\")"
                + " { givenAt } }",
            Map.of("id", personId),
            token),
        "recordConsent");
  }

  /** A declaration with nothing to report, as a mutable input map: at home in Heping, 36.5 °C. */
  public static Map<String, Object> nothingToReport(String personId) {
    Map<String, Object> form = new HashMap<>();
    form.put("personId", personId);
    form.put("location", Map.of("district", "HEPING", "address", "1 Nanjing Road"));
    form.put("temperature", new BigDecimal("36.5"));
    form.put("caseContact", Map.of("kind", "NONE"));
    form.put("caseStatus", "NONE");
    form.put("underMedicalObservation", false);
    return form;
  }
}
