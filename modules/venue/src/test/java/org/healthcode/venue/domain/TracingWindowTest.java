package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.healthcode.identity.api.EntryPointId;
import org.junit.jupiter.api.Test;

class TracingWindowTest {

  /** Onset 10 March: infectious from 8 March 00:00 in Tianjin, 7 March 16:00 UTC. */
  private static final LocalDate ONSET = LocalDate.of(2026, 3, 10);

  private static final Instant START = Instant.parse("2026-03-07T16:00:00Z");
  private static final Instant VISIT = Instant.parse("2026-03-09T02:30:00Z");

  private final TracingWindow window = new TracingWindow(ONSET);
  private final VisitorRef theCase = Scans.person();
  private final EntryPointId gate = Scans.entryPoint();

  @Test
  void start_Always_IsMidnightInShanghaiTwoDaysBeforeOnset() {
    assertThat(window.start()).isEqualTo(START);
  }

  @Test
  void exposures_WhenSomeoneWasThereInsideTheHourBeforeOrAfter_FindsThem() {
    VisitorRef before = Scans.person();
    VisitorRef after = Scans.document();
    VisitorRef same = Scans.person();

    var exposed =
        window.exposures(
            List.of(new Visit(gate, theCase, VISIT)),
            List.of(
                new Visit(gate, before, VISIT.minus(Duration.ofMinutes(59).plusSeconds(59))),
                new Visit(gate, after, VISIT.plus(Duration.ofMinutes(59).plusSeconds(59))),
                new Visit(gate, same, VISIT)));

    assertThat(exposed).containsExactlyInAnyOrder(before, after, same);
  }

  @Test
  void exposures_WhenExactlyOneHourBeforeOrAfter_FindsThem() {
    VisitorRef before = Scans.person();
    VisitorRef after = Scans.person();

    var exposed =
        window.exposures(
            List.of(new Visit(gate, theCase, VISIT)),
            List.of(
                new Visit(gate, before, VISIT.minus(Duration.ofHours(1))),
                new Visit(gate, after, VISIT.plus(Duration.ofHours(1)))));

    assertThat(exposed).containsExactlyInAnyOrder(before, after);
  }

  @Test
  void exposures_WhenOneSecondOutsideTheHour_FindsNobody() {
    var exposed =
        window.exposures(
            List.of(new Visit(gate, theCase, VISIT)),
            List.of(
                new Visit(gate, Scans.person(), VISIT.minus(Duration.ofHours(1).plusSeconds(1))),
                new Visit(gate, Scans.person(), VISIT.plus(Duration.ofHours(1).plusSeconds(1))),
                new Visit(gate, Scans.person(), VISIT.plus(Duration.ofHours(1).plusNanos(1)))));

    assertThat(exposed).isEmpty();
  }

  @Test
  void exposures_WhenAtAnotherEntryPointAtTheSameTime_FindsNobody() {
    var exposed =
        window.exposures(
            List.of(new Visit(gate, theCase, VISIT)),
            List.of(new Visit(Scans.entryPoint(), Scans.person(), VISIT)));

    assertThat(exposed).isEmpty();
  }

  @Test
  void exposures_WhenTheCaseItselfIsAmongTheCandidates_LeavesItOut() {
    VisitorRef companion = Scans.person();

    var exposed =
        window.exposures(
            List.of(new Visit(gate, theCase, VISIT)),
            List.of(new Visit(gate, theCase, VISIT), new Visit(gate, companion, VISIT)));

    assertThat(exposed).containsExactly(companion);
  }

  @Test
  void exposures_WhenCaseVisitIsExactlyAtTheStart_CountsIt() {
    VisitorRef exposed = Scans.person();

    var found =
        window.exposures(
            List.of(new Visit(gate, theCase, START)),
            List.of(new Visit(gate, exposed, START.plusSeconds(600))));

    assertThat(found).containsExactly(exposed);
  }

  @Test
  void exposures_WhenCaseVisitIsJustBeforeTheStart_CountsNothing() {
    Instant lastMomentBefore = START.minusNanos(1);

    var found =
        window.exposures(
            List.of(new Visit(gate, theCase, lastMomentBefore)),
            List.of(new Visit(gate, Scans.person(), lastMomentBefore)));

    assertThat(found).isEmpty();
  }

  @Test
  void exposures_WhenCountedVisitIsShortlyAfterTheStart_ReachesBackAnHourBeforeIt() {
    VisitorRef arrivedEarlier = Scans.person();

    var found =
        window.exposures(
            List.of(new Visit(gate, theCase, START.plusSeconds(1800))),
            List.of(new Visit(gate, arrivedEarlier, START.minusSeconds(1800))));

    assertThat(found).containsExactly(arrivedEarlier);
  }

  @Test
  void exposures_WhenSeveralVisitsAtSeveralEntryPoints_FindsEachInsideItsOwnInterval() {
    EntryPointId bus = Scans.entryPoint();
    Instant ride = VISIT.plus(Duration.ofHours(5));
    VisitorRef atGate = Scans.person();
    VisitorRef onBus = Scans.person();
    VisitorRef onBusBetweenVisits = Scans.person();

    var found =
        window.exposures(
            List.of(
                new Visit(gate, theCase, VISIT),
                new Visit(bus, theCase, ride),
                new Visit(bus, theCase, ride.plus(Duration.ofHours(4)))),
            List.of(
                new Visit(gate, atGate, VISIT.plusSeconds(3600)),
                new Visit(gate, Scans.person(), ride),
                new Visit(bus, onBus, ride.minusSeconds(3600)),
                new Visit(bus, onBusBetweenVisits, ride.plus(Duration.ofHours(2))),
                new Visit(bus, Scans.person(), VISIT)));

    assertThat(found).containsExactlyInAnyOrder(atGate, onBus);
  }

  @Test
  void exposures_WhenNoCaseVisits_FindsNobody() {
    assertThat(window.exposures(List.of(), List.of(new Visit(gate, Scans.person(), VISIT))))
        .isEmpty();
  }

  @Test
  void intervals_WhenVisitsOverlap_MergesThemPerEntryPointInOrder() {
    EntryPointId gate = new EntryPointId(9);
    EntryPointId other = new EntryPointId(5);

    List<ExposureInterval> intervals =
        window.intervals(
            List.of(
                new Visit(gate, theCase, VISIT.plusSeconds(5400)),
                new Visit(gate, theCase, VISIT),
                new Visit(gate, theCase, VISIT.plus(Duration.ofHours(5))),
                new Visit(other, theCase, VISIT),
                new Visit(gate, theCase, START.minusSeconds(1))));

    assertThat(intervals)
        .containsExactly(
            new ExposureInterval(other, VISIT.minusSeconds(3600), VISIT.plusSeconds(3600)),
            new ExposureInterval(gate, VISIT.minusSeconds(3600), VISIT.plusSeconds(9000)),
            new ExposureInterval(
                gate, VISIT.plus(Duration.ofHours(4)), VISIT.plus(Duration.ofHours(6))));
  }

  @Test
  void intervals_WhenTwoVisitsExactlyTwoHoursApart_MergesTheTouchingIntervals() {
    List<ExposureInterval> intervals =
        window.intervals(
            List.of(
                new Visit(gate, theCase, VISIT),
                new Visit(gate, theCase, VISIT.plusSeconds(7200))));

    assertThat(intervals)
        .containsExactly(
            new ExposureInterval(gate, VISIT.minusSeconds(3600), VISIT.plusSeconds(10800)));
  }

  @Test
  void contains_AtBothEnds_IsInclusive() {
    ExposureInterval interval = new ExposureInterval(gate, VISIT, VISIT.plusSeconds(60));

    assertThat(interval.contains(new Visit(gate, theCase, VISIT))).isTrue();
    assertThat(interval.contains(new Visit(gate, theCase, VISIT.plusSeconds(60)))).isTrue();
    assertThat(interval.contains(new Visit(gate, theCase, VISIT.minusNanos(1)))).isFalse();
  }
}
