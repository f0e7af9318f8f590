package org.healthcode.declaration.domain;

import static org.healthcode.declaration.domain.DeclarationErrorCodes.invalidDeclaration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.Stay;
import org.healthcode.identity.api.PersonId;

/**
 * Accepts a declaration: checks every answer against today in the city and stamps the time of
 * submission. Refusals are {@code INVALID_DECLARATION} with a message naming the field. Answers
 * that are each plausible but contradict one another are accepted and left to the review's
 * contradiction rules, which send them to a reviewer.
 */
public final class DeclarationSubmission {

  /** How far back the declaration asks: stays and contacts in the last 14 days. */
  public static final int LOOKBACK_DAYS = 14;

  /** How far ahead an arrival may be announced. */
  public static final int MAX_ARRIVAL_DAYS_AHEAD = 30;

  public static final BigDecimal MIN_TEMPERATURE = new BigDecimal("34.0");
  public static final BigDecimal MAX_TEMPERATURE = new BigDecimal("43.0");
  public static final int MAX_STAYS = 30;
  public static final int MAX_ADDRESS_LENGTH = 200;

  private final Clock clock;

  public DeclarationSubmission(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The declaration of this person now, once every answer has been checked. */
  public Declaration submit(PersonId person, DeclarationForm form) {
    Objects.requireNonNull(person, "person");
    if (form == null) {
      throw invalidDeclaration("declaration", "is required");
    }
    var submittedAt = clock.instant();
    new Check(CityTime.dateOf(submittedAt)).all(form);
    return new Declaration(person, submittedAt, form);
  }

  /** The checks against one day, "today". */
  private record Check(LocalDate today) {

    LocalDate earliest() {
      return today.minusDays(LOOKBACK_DAYS);
    }

    void all(DeclarationForm form) {
      location(form.location());
      temperature(form.temperature());
      stays(form);
      caseContact(form.caseContact());
      if (form.caseStatus() == null) {
        throw invalidDeclaration("caseStatus", "is required");
      }
      if (form.arrival() != null) {
        arrival(form.arrival());
      }
    }

    void location(CurrentLocation location) {
      if (location == null) {
        throw invalidDeclaration("location", "is required");
      }
      String address = location.address();
      if (address == null || address.isBlank()) {
        throw invalidDeclaration("location.address", "is required");
      }
      if (address.length() > MAX_ADDRESS_LENGTH) {
        throw invalidDeclaration(
            "location.address", "must be at most " + MAX_ADDRESS_LENGTH + " characters");
      }
    }

    void temperature(BigDecimal temperature) {
      if (temperature == null) {
        throw invalidDeclaration("temperature", "is required");
      }
      if (temperature.stripTrailingZeros().scale() > 1) {
        throw invalidDeclaration(
            "temperature", "must have at most one decimal, was " + temperature.toPlainString());
      }
      if (temperature.compareTo(MIN_TEMPERATURE) < 0
          || temperature.compareTo(MAX_TEMPERATURE) > 0) {
        throw invalidDeclaration(
            "temperature",
            "must be between "
                + MIN_TEMPERATURE
                + " and "
                + MAX_TEMPERATURE
                + " °C, was "
                + temperature.toPlainString());
      }
    }

    void stays(DeclarationForm form) {
      if (form.stays().size() > MAX_STAYS) {
        throw invalidDeclaration("stays", "at most " + MAX_STAYS + " stays may be declared");
      }
      for (int i = 0; i < form.stays().size(); i++) {
        stay("stays[" + i + "]", form.stays().get(i));
      }
    }

    void stay(String field, Stay stay) {
      if (stay == null) {
        throw invalidDeclaration(field, "is required");
      }
      RegionCodes.problemWith(stay.region())
          .ifPresent(
              problem -> {
                throw invalidDeclaration(field + ".region", problem);
              });
      notFuture(field + ".from", stay.from());
      notFuture(field + ".to", stay.to());
      if (stay.from().isAfter(stay.to())) {
        throw invalidDeclaration(
            field + ".to", "must not be before from (" + stay.from() + "), was " + stay.to());
      }
      withinLookback(field + ".to", stay.to());
    }

    void caseContact(CaseContact contact) {
      if (contact == null || contact.kind() == null) {
        throw invalidDeclaration("caseContact.kind", "is required");
      }
      if (contact.kind() == CaseContactKind.NONE) {
        if (contact.lastContact() != null) {
          throw invalidDeclaration("caseContact.lastContact", "must be absent without a contact");
        }
        return;
      }
      notFuture("caseContact.lastContact", contact.lastContact());
      withinLookback("caseContact.lastContact", contact.lastContact());
    }

    void arrival(Arrival arrival) {
      RegionCodes.problemWith(arrival.origin())
          .ifPresent(
              problem -> {
                throw invalidDeclaration("arrival.origin", problem);
              });
      LocalDate date = arrival.plannedArrival();
      required("arrival.plannedArrival", date);
      LocalDate latest = today.plusDays(MAX_ARRIVAL_DAYS_AHEAD);
      if (date.isAfter(latest)) {
        throw invalidDeclaration(
            "arrival.plannedArrival",
            "must not be more than "
                + MAX_ARRIVAL_DAYS_AHEAD
                + " days ahead (after "
                + latest
                + "), was "
                + date);
      }
      withinLookback("arrival.plannedArrival", date);
      if (arrival.transport() == null) {
        throw invalidDeclaration("arrival.transport", "is required");
      }
    }

    void notFuture(String field, LocalDate date) {
      required(field, date);
      if (date.isAfter(today)) {
        throw invalidDeclaration(
            field, "must not be in the future (after " + today + "), was " + date);
      }
    }

    void withinLookback(String field, LocalDate date) {
      if (date.isBefore(earliest())) {
        throw invalidDeclaration(
            field,
            "is older than "
                + LOOKBACK_DAYS
                + " days (before "
                + earliest()
                + "), was "
                + date
                + "; leave it out");
      }
    }

    static void required(String field, Object value) {
      if (value == null) {
        throw invalidDeclaration(field, "is required");
      }
    }
  }
}
