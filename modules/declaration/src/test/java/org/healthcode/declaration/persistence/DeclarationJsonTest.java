package org.healthcode.declaration.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.District;
import org.healthcode.declaration.api.FiredRule;
import org.healthcode.declaration.api.Outcome;
import org.healthcode.declaration.api.Stay;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.declaration.api.Transport;
import org.junit.jupiter.api.Test;

class DeclarationJsonTest {

  @Test
  void readAnswers_OfWrittenAnswersWithEveryField_IsTheSameForm() {
    DeclarationForm form =
        new DeclarationForm(
            CurrentLocation.outsideCity("上海市黄浦区 1 号"),
            Set.of(Symptom.FEVER, Symptom.COUGH),
            new BigDecimal("37.8"),
            List.of(new Stay("310101", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 5))),
            CaseContact.with(CaseContactKind.SUSPECTED, LocalDate.of(2020, 3, 4)),
            CaseStatus.NONE,
            true,
            new Arrival("310000", LocalDate.of(2020, 3, 12), Transport.TRAIN));

    assertThat(DeclarationJson.readAnswers(DeclarationJson.writeAnswers(form))).isEqualTo(form);
  }

  @Test
  void readAnswers_OfWrittenMinimalAnswers_IsTheSameForm() {
    DeclarationForm form =
        new DeclarationForm(
            CurrentLocation.inCity(District.HEPING, "1 Nanjing Road"),
            null,
            new BigDecimal("36.5"),
            null,
            CaseContact.none(),
            CaseStatus.CONFIRMED,
            false,
            null);

    assertThat(DeclarationJson.readAnswers(DeclarationJson.writeAnswers(form))).isEqualTo(form);
  }

  @Test
  void readFiredRules_OfWrittenRules_KeepsIdVersionDescriptionAndOutcome() {
    List<FiredRule> rules =
        List.of(
            new FiredRule("RED-CLOSE-CONTACT", 2, "Close contact", Outcome.RED),
            new FiredRule("ORANGE-SYMPTOM", 1, "A symptom", Outcome.ORANGE));

    assertThat(DeclarationJson.readFiredRules(DeclarationJson.writeFiredRules(rules)))
        .isEqualTo(rules);
  }
}
