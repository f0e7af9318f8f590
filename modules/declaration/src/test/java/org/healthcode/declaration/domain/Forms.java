package org.healthcode.declaration.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseStatus;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.District;
import org.healthcode.declaration.api.Stay;
import org.healthcode.declaration.api.Symptom;
import org.healthcode.identity.api.PersonId;

/** Declarations for tests: a healthy resident by default, changed one answer at a time. */
final class Forms {

  static final LocalDate TODAY = LocalDate.of(2020, 3, 10);

  private Forms() {}

  /** A clock at 10:00 in the city on the day. */
  static Clock clockOn(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(CityTime.ZONE).toInstant(), CityTime.ZONE);
  }

  static PersonId anyPerson() {
    return new PersonId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
  }

  static Builder healthy() {
    return new Builder();
  }

  static LocalDate daysAgo(int days) {
    return TODAY.minusDays(days);
  }

  static final class Builder {
    private CurrentLocation location = CurrentLocation.inCity(District.HEPING, "南京路 1号");
    private Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    private BigDecimal temperature = new BigDecimal("36.5");
    private final List<Stay> stays = new ArrayList<>();
    private CaseContact caseContact = CaseContact.none();
    private CaseStatus caseStatus = CaseStatus.NONE;
    private boolean underMedicalObservation;
    private Arrival arrival;

    Builder location(CurrentLocation value) {
      location = value;
      return this;
    }

    Builder symptoms(Symptom... values) {
      symptoms = values.length == 0 ? EnumSet.noneOf(Symptom.class) : EnumSet.of(values[0], values);
      return this;
    }

    Builder temperature(String value) {
      temperature = value == null ? null : new BigDecimal(value);
      return this;
    }

    Builder stay(String region, LocalDate from, LocalDate to) {
      stays.add(new Stay(region, from, to));
      return this;
    }

    Builder caseContact(CaseContact value) {
      caseContact = value;
      return this;
    }

    Builder caseStatus(CaseStatus value) {
      caseStatus = value;
      return this;
    }

    Builder underMedicalObservation() {
      underMedicalObservation = true;
      return this;
    }

    Builder arrival(Arrival value) {
      arrival = value;
      return this;
    }

    DeclarationForm build() {
      return new DeclarationForm(
          location,
          symptoms,
          temperature,
          stays,
          caseContact,
          caseStatus,
          underMedicalObservation,
          arrival);
    }

    /** Submitted today, through the checks. */
    Declaration submit() {
      return new DeclarationSubmission(clockOn(TODAY)).submit(anyPerson(), build());
    }
  }
}
