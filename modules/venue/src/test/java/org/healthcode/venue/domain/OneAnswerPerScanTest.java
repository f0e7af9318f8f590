package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.VenueErrorCodes;
import org.junit.jupiter.api.Test;

class OneAnswerPerScanTest {

  private final InMemoryScanRepository repository = new InMemoryScanRepository();
  private final OneAnswerPerScan scans = new OneAnswerPerScan(repository);

  @Test
  void record_WhenFirstScan_RecordsItAndAnswersItsDecision() {
    RecordedScan scan =
        Scans.scan(
            Scans.entryPoint(),
            Scans.scanId(),
            Scans.person(),
            Scans.decision(Colour.GREEN, "36.6"));

    GateDecision answer = scans.answer(scan).decision();

    assertThat(answer).isEqualTo(scan.decision());
    assertThat(repository.find(scan.entryPoint(), scan.scanId())).contains(scan);
  }

  @Test
  void record_WhenRepeatedAfterTheColourChanged_AnswersTheFirstDecisionAndRecordsOnce() {
    EntryPointId entryPoint = Scans.entryPoint();
    ScanId scanId = Scans.scanId();
    VisitorRef person = Scans.person();
    RecordedScan first =
        Scans.scan(entryPoint, scanId, person, Scans.decision(Colour.GREEN, "36.6"));
    RecordedScan retry =
        Scans.scan(entryPoint, scanId, person, Scans.decision(Colour.RED, "36.60"));

    scans.answer(first).decision();
    GateDecision answer = scans.answer(retry).decision();

    assertThat(answer).isEqualTo(first.decision());
    assertThat(answer.outcome()).isEqualTo(GateOutcome.ADMIT);
    assertThat(repository.size()).isEqualTo(1);
  }

  @Test
  void record_WhenSameScanIdAtAnotherEntryPoint_IsAnotherScan() {
    ScanId scanId = Scans.scanId();
    VisitorRef person = Scans.person();
    RecordedScan atGateA =
        Scans.scan(Scans.entryPoint(), scanId, person, Scans.decision(Colour.GREEN, "36.6"));
    RecordedScan atGateB =
        Scans.scan(Scans.entryPoint(), scanId, person, Scans.decision(Colour.ORANGE, "36.6"));

    scans.answer(atGateA).decision();
    GateDecision answer = scans.answer(atGateB).decision();

    assertThat(answer).isEqualTo(atGateB.decision());
    assertThat(repository.size()).isEqualTo(2);
  }

  @Test
  void record_WhenScanIdReusedForAnotherPerson_RefusesAsReused() {
    EntryPointId entryPoint = Scans.entryPoint();
    ScanId scanId = Scans.scanId();
    scans
        .answer(
            Scans.scan(entryPoint, scanId, Scans.person(), Scans.decision(Colour.GREEN, "36.6")))
        .decision();
    RecordedScan other =
        Scans.scan(entryPoint, scanId, Scans.person(), Scans.decision(Colour.RED, "36.6"));

    assertThatThrownBy(() -> scans.answer(other).decision())
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(VenueErrorCodes.SCAN_ID_REUSED);
    assertThat(repository.find(entryPoint, scanId).orElseThrow().decision().colour())
        .contains(Colour.GREEN);
  }

  @Test
  void record_WhenScanIdReusedWithAnotherTemperature_RefusesAsReused() {
    EntryPointId entryPoint = Scans.entryPoint();
    ScanId scanId = Scans.scanId();
    VisitorRef person = Scans.document();
    scans
        .answer(Scans.scan(entryPoint, scanId, person, Scans.decision(Colour.GREEN, "36.6")))
        .decision();

    assertThatThrownBy(
            () ->
                scans
                    .answer(
                        Scans.scan(
                            entryPoint, scanId, person, Scans.decision(Colour.GREEN, "36.7")))
                    .decision())
        .isInstanceOf(HealthCodeException.class)
        .extracting(e -> ((HealthCodeException) e).code())
        .isEqualTo(VenueErrorCodes.SCAN_ID_REUSED);
  }

  @Test
  void record_WhenManyRetriesRaceEachOther_AllGetTheOneRecordedAnswer() throws Exception {
    EntryPointId entryPoint = Scans.entryPoint();
    ScanId scanId = Scans.scanId();
    VisitorRef person = Scans.person();
    List<Callable<GateDecision>> retries = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      Colour colour = Colour.values()[i % 3];
      retries.add(
          () ->
              scans
                  .answer(Scans.scan(entryPoint, scanId, person, Scans.decision(colour, "36.6")))
                  .decision());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<GateDecision> answers = new ArrayList<>();
      for (Future<GateDecision> answer : pool.invokeAll(retries)) {
        answers.add(answer.get());
      }

      GateDecision recorded = repository.find(entryPoint, scanId).orElseThrow().decision();
      assertThat(answers).containsOnly(recorded);
      assertThat(repository.size()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void earlierAnswer_WhenRecordedWithTheSameTemperature_ReturnsIt() {
    RecordedScan scan =
        Scans.scan(
            Scans.entryPoint(),
            Scans.scanId(),
            Scans.person(),
            Scans.decision(Colour.ORANGE, "36.6"));
    scans.answer(scan).decision();

    assertThat(scans.earlierAnswer(scan.entryPoint(), scan.scanId(), new BigDecimal("36.60")))
        .contains(scan.decision());
  }

  @Test
  void earlierAnswer_WhenTemperatureDiffersOrNothingRecorded_IsEmpty() {
    RecordedScan scan =
        Scans.scan(
            Scans.entryPoint(),
            Scans.scanId(),
            Scans.person(),
            Scans.decision(Colour.ORANGE, "36.6"));
    scans.answer(scan).decision();

    assertThat(scans.earlierAnswer(scan.entryPoint(), scan.scanId(), new BigDecimal("36.7")))
        .isEmpty();
    assertThat(scans.earlierAnswer(scan.entryPoint(), Scans.scanId(), new BigDecimal("36.6")))
        .isEmpty();
  }

  @Test
  void answerTo_WhenAScanUnderAnotherKey_IsAProgrammingError() {
    RecordedScan scan =
        Scans.scan(
            Scans.entryPoint(),
            Scans.scanId(),
            Scans.person(),
            Scans.decision(Colour.GREEN, "36.6"));
    RecordedScan other =
        Scans.scan(scan.entryPoint(), Scans.scanId(), scan.visitor(), scan.decision());

    assertThatThrownBy(() -> scan.answerTo(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answer_TellsWhetherTheScanWasRecordedNowOrRepeatedAnEarlierOne() {
    InMemoryScanRepository repository = new InMemoryScanRepository();
    OneAnswerPerScan scans = new OneAnswerPerScan(repository);
    RecordedScan scan =
        Scans.scan(
            Scans.entryPoint(),
            Scans.scanId(),
            Scans.person(),
            Scans.decision(Colour.GREEN, "36.6"));

    OneAnswerPerScan.Answer first = scans.answer(scan);
    OneAnswerPerScan.Answer repeated = scans.answer(scan);

    assertThat(first.recordedNow()).isTrue();
    assertThat(repeated.recordedNow()).isFalse();
    assertThat(repeated.decision()).isEqualTo(first.decision());
    assertThat(repository.size()).isEqualTo(1);
  }
}
