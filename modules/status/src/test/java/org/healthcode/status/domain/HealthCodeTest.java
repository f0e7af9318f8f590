package org.healthcode.status.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.status.api.Colour.GREEN;
import static org.healthcode.status.api.Colour.ORANGE;
import static org.healthcode.status.api.Colour.RED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

class HealthCodeTest {

  private static final PersonId PERSON = new PersonId(42);
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void restore_WhenGivenAHistory_HasTheStateOfItsLastChange() {
    Instant end1 = T0.plusSeconds(100);
    Instant end2 = T0.plusSeconds(150);
    HealthCode code =
        HealthCode.restore(
            PERSON,
            List.of(
                change(1, null, GREEN, null, T0),
                change(2, GREEN, ORANGE, end1, T0.plusSeconds(10)),
                change(3, ORANGE, ORANGE, end2, T0.plusSeconds(50))));

    assertThat(code.colour()).contains(ORANGE);
    assertThat(code.reason()).contains("reason 3");
    assertThat(code.since()).contains(T0.plusSeconds(10));
    assertThat(code.observationEnd()).contains(end2);
    assertThat(code.version()).isEqualTo(3);
    assertThat(code.versionAtLoad()).isEqualTo(3);
    assertThat(code.changesSinceLoad()).isEmpty();
  }

  @Test
  void restore_WhenAVersionIsMissing_Refuses() {
    List<ColourChange> gap =
        List.of(change(1, null, GREEN, null, T0), change(3, GREEN, RED, null, T0));

    assertThatThrownBy(() -> HealthCode.restore(PERSON, gap))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void restore_WhenAChangeDoesNotStartFromThePreviousColour_Refuses() {
    List<ColourChange> broken =
        List.of(change(1, null, GREEN, null, T0), change(2, ORANGE, RED, null, T0));

    assertThatThrownBy(() -> HealthCode.restore(PERSON, broken))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void changesSinceLoad_AfterAChange_HoldsOnlyTheNewChange() {
    HealthCode code = HealthCode.restore(PERSON, List.of(change(1, null, GREEN, null, T0)));
    ColourChange red = change(2, GREEN, RED, null, T0.plusSeconds(5));

    code.append(red);

    assertThat(code.versionAtLoad()).isEqualTo(1);
    assertThat(code.changesSinceLoad()).containsExactly(red);
  }

  @Test
  void unassessed_WhenNew_HasNoColourAndNoHistory() {
    HealthCode code = HealthCode.unassessed(PERSON);

    assertThat(code.colour()).isEmpty();
    assertThat(code.since()).isEmpty();
    assertThat(code.observationTimer()).isEmpty();
    assertThat(code.version()).isZero();
    assertThat(code.history()).isEmpty();
  }

  @Test
  void colourChange_WhenOrangeHasNoObservationEnd_Refuses() {
    assertThatThrownBy(() -> change(1, null, ORANGE, null, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void colourChange_WhenANonManualChangeHasAnApprover_Refuses() {
    assertThatThrownBy(
            () ->
                new ColourChange(
                    1,
                    ChangeCause.REVIEW,
                    "staff:a",
                    Optional.of("staff:b"),
                    "ok",
                    Optional.empty(),
                    GREEN,
                    Optional.empty(),
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void colourChange_WhenGreenToGreen_Refuses() {
    assertThatThrownBy(() -> change(2, GREEN, GREEN, null, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ColourChange change(
      long version, Colour from, Colour to, Instant observationEnd, Instant at) {
    return new ColourChange(
        version,
        ChangeCause.DECLARATION,
        "citizen:1",
        Optional.empty(),
        "reason " + version,
        Optional.ofNullable(from),
        to,
        Optional.ofNullable(observationEnd),
        at);
  }
}
