package org.healthcode.app.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Citizens;

/** What a citizen does on the citizen page, step by step, as a person would. */
final class CitizenSteps {

  private CitizenSteps() {}

  /** Signs in with a new phone, reading the code the page shows in development mode. */
  static void signIn(Browser phone) {
    phone.open("/");
    phone.type("#f-phone", Citizens.newPhone());
    phone.click("#send-code");
    String shown = phone.await("#dev-code").getText();
    String code = shown.replaceAll("\\D", "");
    assertThat(code).as("development code shown: " + shown).hasSize(6);
    phone.type("#f-code", code);
    phone.click("#sign-in");
  }

  /** Fills the person form (self or dependent) with a resident ID card person and submits. */
  static void register(Browser phone, Map<String, Object> person, String relationship) {
    phone.await("#person-form");
    if (relationship != null) {
      phone.select("#f-relationship", relationship);
    }
    phone.type("#f-name", (String) person.get("name"));
    phone.select("#f-documentType", (String) person.get("documentType"));
    phone.type("#f-documentNumber", (String) person.get("documentNumber"));
    phone.set("#f-dateOfBirth", String.valueOf(person.get("dateOfBirth")));
    phone.select("#f-sex", (String) person.get("sex"));
    phone.select("#f-homeDistrict", "HEPING");
    phone.click("#register");
  }

  static void consent(Browser phone) {
    phone.await("#consent-form");
    phone.click("#consent-agree");
    phone.click("#consent");
  }

  /** Declares from the code page: where, a temperature, and the symptoms ticked. */
  static void declare(Browser phone, String temperature, String... symptoms) {
    phone.click("#go-declare");
    phone.await("#declare-form");
    phone.select("#f-district", "HEPING");
    phone.type("#f-address", "1 Nanjing Road");
    for (String symptom : symptoms) {
      phone.click("#symptom-" + symptom);
    }
    phone.type("#f-temperature", temperature);
    phone.click("#submit-declaration");
  }
}
