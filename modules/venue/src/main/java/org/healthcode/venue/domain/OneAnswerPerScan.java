package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.EntryPointId;

/**
 * A retried scan is recorded once and answers the same (DESIGN §5): the first scan under a key
 * {@code (entry point, scan id)} is kept with its answer, and a repetition gets that answer, not a
 * fresh decision, even if the colour changed in between. The guard then never sees two answers for
 * one person at the gate, and the counts never hold a scan twice.
 */
public final class OneAnswerPerScan {

  private final ScanRepository scans;

  public OneAnswerPerScan(ScanRepository scans) {
    this.scans = Objects.requireNonNull(scans, "scans");
  }

  /**
   * Records {@code scan} if it is the first under its key and returns the answer to give: its own
   * decision, or the first scan's decision when it repeats one ({@code SCAN_ID_REUSED} when the key
   * was used for another person or temperature), and whether {@code scan} was recorded now: only a
   * scan recorded now is counted in the statistics.
   */
  public Answer answer(RecordedScan scan) {
    Optional<RecordedScan> earlier = scans.recordOnce(scan);
    if (earlier.isEmpty()) {
      return new Answer(scan.decision(), true);
    }
    if (!earlier.get().sameKeyAs(scan)) {
      throw new IllegalStateException("the repository returned a scan under another key");
    }
    return new Answer(earlier.get().answerTo(scan), false);
  }

  /**
   * The answer to give for a scan.
   *
   * @param recordedNow true when this scan was the first under its key, false for a repetition
   */
  public record Answer(GateDecision decision, boolean recordedNow) {}

  /**
   * The answer already given under this key, for a repetition that cannot be decided again: its
   * person code has expired since the first attempt, say, so it never reaches {@link #answer}. The
   * temperature must match; the person cannot be compared, because the code no longer names one.
   */
  public Optional<GateDecision> earlierAnswer(
      EntryPointId entryPoint, ScanId scanId, BigDecimal temperature) {
    return scans
        .find(entryPoint, scanId)
        .map(RecordedScan::decision)
        .filter(decision -> decision.sameMeasurement(temperature));
  }
}
