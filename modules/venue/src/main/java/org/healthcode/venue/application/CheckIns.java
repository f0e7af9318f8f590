package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanTally;
import org.healthcode.venue.persistence.JpaScanRepository;
import org.healthcode.venue.persistence.ScanHourRepository;

/**
 * Records a check-in, however it came (scan, manual pass, venue code), before its answer is given,
 * and counts it in its venue's hour in the same transaction, once: a retried scan id is answered
 * from the first record and not counted again.
 */
@ApplicationScoped
public class CheckIns {

  @Inject JpaScanRepository scans;
  @Inject ScanHourRepository hours;

  @Transactional(Transactional.TxType.MANDATORY)
  public GateDecision record(RecordedScan scan, EntryPointPlace place) {
    OneAnswerPerScan.Answer answer = new OneAnswerPerScan(scans).answer(scan);
    if (answer.recordedNow()) {
      hours.add(
          place.venueId(),
          place.district(),
          place.category(),
          hourEpoch(scan.at()),
          ScanTally.of(answer.decision().outcome()));
    }
    return answer.decision();
  }

  /** Hours since the epoch: the key of the hourly counts. */
  static long hourEpoch(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), 3600);
  }
}
