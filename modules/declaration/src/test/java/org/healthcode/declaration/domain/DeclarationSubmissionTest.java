package org.healthcode.declaration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.declaration.domain.Forms.TODAY;
import static org.healthcode.declaration.domain.Forms.daysAgo;
import static org.healthcode.declaration.domain.Forms.healthy;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.Stay;
import org.healthcode.declaration.api.Transport;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationSubmissionTest {

  private final DeclarationSubmission submission = new DeclarationSubmission(Forms.clockOn(TODAY));

  @Test
  void submit_WhenAllAnswersPlausible_StampsTheTimeAndKeepsTheAnswers() {
    var person = Forms.anyPerson();
    DeclarationForm form =
        healthy()
            .stay("420106", daysAgo(14), daysAgo(10))
            .stay("JPN", daysAgo(9), TODAY)
            .caseContact(CaseContact.with(CaseContactKind.SUSPECTED, daysAgo(14)))
            .arrival(new Arrival("420100", TODAY.plusDays(30), Transport.TRAIN))
            .build();

    Declaration declaration = submission.submit(person, form);

    assertThat(declaration.person()).isEqualTo(person);
    assertThat(declaration.submittedAt()).isEqualTo(Forms.clockOn(TODAY).instant());
    assertThat(declaration.submittedOn()).isEqualTo(TODAY);
    assertThat(declaration.answers()).isEqualTo(form);
  }

  @ParameterizedTest
  @ValueSource(strings = {"34.0", "43.0", "37.3", "36"})
  void submit_WhenTemperatureWithinRange_IsAccepted(String temperature) {
    assertThat(submission.submit(Forms.anyPerson(), healthy().temperature(temperature).build()))
        .isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"33.9", "43.1", "0", "100.0"})
  void submit_WhenTemperatureOutsideRange_IsRefused(String temperature) {
    assertRefused(healthy().temperature(temperature).build())
        .hasMessage("temperature: must be between 34.0 and 43.0 °C, was " + temperature);
  }

  @Test
  void submit_WhenTemperatureHasTwoDecimals_IsRefused() {
    assertRefused(healthy().temperature("36.55").build())
        .hasMessage("temperature: must have at most one decimal, was 36.55");
  }

  @Test
  void submit_WhenTemperatureMissing_IsRefused() {
    assertRefused(healthy().temperature(null).build()).hasMessage("temperature: is required");
  }

  @Test
  void submit_WhenStayEndsInTheFuture_IsRefusedNamingTheStay() {
    assertRefused(
            healthy()
                .stay("120101", daysAgo(3), daysAgo(1))
                .stay("130100", daysAgo(1), TODAY.plusDays(1))
                .build())
        .hasMessage("stays[1].to: must not be in the future (after 2020-03-10), was 2020-03-11");
  }

  @Test
  void submit_WhenStayStartsInTheFuture_IsRefused() {
    assertRefused(healthy().stay("130100", TODAY.plusDays(2), TODAY.plusDays(3)).build())
        .hasMessageStartingWith("stays[0].from: must not be in the future");
  }

  @Test
  void submit_WhenStayFromIsAfterTo_IsRefused() {
    assertRefused(healthy().stay("130100", daysAgo(2), daysAgo(5)).build())
        .hasMessage("stays[0].to: must not be before from (2020-03-08), was 2020-03-05");
  }

  @Test
  void submit_WhenStayEndedMoreThan14DaysAgo_IsRefused() {
    assertRefused(healthy().stay("130100", daysAgo(20), daysAgo(15)).build())
        .hasMessage(
            "stays[0].to: is older than 14 days (before 2020-02-25), was 2020-02-24; leave it out");
  }

  @Test
  void submit_WhenStayBeganBeforeButEndsWithin14Days_IsAccepted() {
    assertThat(
            submission.submit(
                Forms.anyPerson(), healthy().stay("130100", daysAgo(30), daysAgo(14)).build()))
        .isNotNull();
  }

  @Test
  void submit_WhenStayRegionUnknown_IsRefused() {
    assertRefused(healthy().stay("999999", daysAgo(3), daysAgo(1)).build())
        .hasMessageStartingWith("stays[0].region: unknown region code \"999999\"");
    assertRefused(healthy().stay("XYZ", daysAgo(3), daysAgo(1)).build())
        .hasMessageStartingWith("stays[0].region: unknown region code \"XYZ\"");
  }

  @Test
  void submit_WhenStayRegionIsChinaAsACountry_IsRefusedAsTooVague() {
    assertRefused(healthy().stay("CHN", daysAgo(3), daysAgo(1)).build())
        .hasMessageStartingWith("stays[0].region: \"CHN\" is too vague");
  }

  @Test
  void submit_WhenStayInHongKongByDivisionOrCountryCode_IsAccepted() {
    assertThat(
            submission.submit(
                Forms.anyPerson(),
                healthy()
                    .stay("810000", daysAgo(6), daysAgo(4))
                    .stay("HKG", daysAgo(4), daysAgo(3))
                    .build()))
        .isNotNull();
  }

  @Test
  void submit_WhenStayMissing_IsRefused() {
    var form = healthy().build();
    var withNull =
        new DeclarationForm(
            form.location(),
            form.symptoms(),
            form.temperature(),
            Arrays.asList(new Stay("120101", TODAY, TODAY), null),
            form.caseContact(),
            form.caseStatus(),
            false,
            null);
    assertRefused(withNull).hasMessage("stays[1]: is required");
  }

  @Test
  void submit_WhenContactDateInTheFuture_IsRefused() {
    assertRefused(
            healthy()
                .caseContact(CaseContact.with(CaseContactKind.CONFIRMED, TODAY.plusDays(1)))
                .build())
        .hasMessage(
            "caseContact.lastContact: must not be in the future (after 2020-03-10), was 2020-03-11");
  }

  @Test
  void submit_WhenContactMoreThan14DaysAgo_IsRefused() {
    assertRefused(
            healthy().caseContact(CaseContact.with(CaseContactKind.CONFIRMED, daysAgo(15))).build())
        .hasMessageStartingWith("caseContact.lastContact: is older than 14 days");
  }

  @Test
  void submit_WhenContactWithoutDate_IsRefused() {
    assertRefused(healthy().caseContact(CaseContact.with(CaseContactKind.SUSPECTED, null)).build())
        .hasMessage("caseContact.lastContact: is required");
  }

  @Test
  void submit_WhenNoContactButADate_IsRefused() {
    assertRefused(healthy().caseContact(new CaseContact(CaseContactKind.NONE, TODAY)).build())
        .hasMessage("caseContact.lastContact: must be absent without a contact");
  }

  @Test
  void submit_WhenArrivalMoreThan30DaysAhead_IsRefused() {
    assertRefused(
            healthy().arrival(new Arrival("420100", TODAY.plusDays(31), Transport.PLANE)).build())
        .hasMessage(
            "arrival.plannedArrival: must not be more than 30 days ahead (after 2020-04-09),"
                + " was 2020-04-10");
  }

  @Test
  void submit_WhenArrivalMoreThan14DaysAgo_IsRefused() {
    assertRefused(healthy().arrival(new Arrival("420100", daysAgo(15), Transport.CAR)).build())
        .hasMessageStartingWith("arrival.plannedArrival: is older than 14 days");
  }

  @Test
  void submit_WhenArrivalOriginUnknown_IsRefused() {
    assertRefused(healthy().arrival(new Arrival("000000", TODAY, Transport.SHIP)).build())
        .hasMessageStartingWith("arrival.origin: unknown region code \"000000\"");
  }

  @Test
  void submit_WhenArrivalWithoutTransport_IsRefused() {
    assertRefused(healthy().arrival(new Arrival("JPN", TODAY, null)).build())
        .hasMessage("arrival.transport: is required");
  }

  @Test
  void submit_WhenAddressBlankOrLocationMissing_IsRefused() {
    assertRefused(healthy().location(CurrentLocation.outsideCity(" ")).build())
        .hasMessage("location.address: is required");
    assertRefused(healthy().location(null).build()).hasMessage("location: is required");
  }

  @Test
  void submit_WhenCaseStatusMissing_IsRefused() {
    assertRefused(healthy().caseStatus(null).build()).hasMessage("caseStatus: is required");
  }

  @Test
  void submit_WhenUtcDateIsStillYesterday_JudgesDatesByTheCityDay() {
    // 17:00 UTC on the 10th is 01:00 on the 11th in Tianjin
    var lateEvening = Clock.fixed(Instant.parse("2020-03-10T17:00:00Z"), CityTime.ZONE);
    Declaration declaration =
        new DeclarationSubmission(lateEvening)
            .submit(Forms.anyPerson(), healthy().stay("130100", TODAY, TODAY.plusDays(1)).build());

    assertThat(declaration.submittedOn()).isEqualTo(TODAY.plusDays(1));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(DeclarationForm form) {
    return assertThatThrownBy(() -> submission.submit(Forms.anyPerson(), form))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(DeclarationErrorCodes.INVALID_DECLARATION));
  }
}
