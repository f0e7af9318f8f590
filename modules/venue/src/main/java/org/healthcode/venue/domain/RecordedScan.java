package org.healthcode.venue.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.VenueErrorCodes;

/**
 * A scan as recorded, with the answer it was given. Its key is {@code (entryPoint, scanId)}: the
 * first scan recorded under a key is the one that counts, and its answer is the answer to every
 * repetition of it ({@link OneAnswerPerScan}).
 *
 * @param at when the scan was recorded first
 * @param decision the gate's answer, including the temperature measured
 * @param method how the visitor was recorded
 */
public record RecordedScan(
    EntryPointId entryPoint,
    ScanId scanId,
    VisitorRef visitor,
    Instant at,
    GateDecision decision,
    CheckInMethod method) {

  public RecordedScan {
    Objects.requireNonNull(entryPoint, "entryPoint");
    Objects.requireNonNull(scanId, "scanId");
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(method, "method");
  }

  /** Whether {@code other} is recorded under the same key, which allows only one scan. */
  public boolean sameKeyAs(RecordedScan other) {
    return entryPoint.equals(other.entryPoint) && scanId.equals(other.scanId);
  }

  /**
   * The answer to {@code repeated}, a scan sent under this one's key: this scan's answer, however
   * the colour may have changed since, provided it is the same person with the same temperature. A
   * device that reuses a scan id for someone else is refused ({@code SCAN_ID_REUSED}): giving them
   * the first person's answer could admit a red code.
   */
  public GateDecision answerTo(RecordedScan repeated) {
    if (!sameKeyAs(repeated)) {
      throw new IllegalArgumentException(
          "scan "
              + repeated.scanId
              + " at "
              + repeated.entryPoint
              + " is not a repetition of this");
    }
    return answerTo(repeated.visitor, repeated.decision.temperature());
  }

  /** As {@link #answerTo(RecordedScan)}, for a repetition given by visitor and temperature. */
  public GateDecision answerTo(VisitorRef repeatedVisitor, BigDecimal repeatedTemperature) {
    if (!visitor.equals(repeatedVisitor) || !decision.sameMeasurement(repeatedTemperature)) {
      throw new HealthCodeException(
          VenueErrorCodes.SCAN_ID_REUSED,
          "scan id "
              + scanId
              + " was used at this entry point for another person or temperature;"
              + " send each scan with a new id");
    }
    return decision;
  }
}
