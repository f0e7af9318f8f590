package org.healthcode.venue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.healthcode.venue.domain.EntryPointPlace;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.OneAnswerPerScan;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanHours;
import org.healthcode.venue.domain.ScanRepository;

/**
 * Records a check-in that comes with other work in one transaction (a manual pass, a check-in by
 * venue code) before its answer is given, and counts it in its venue's hour in the same
 * transaction, once: a retried scan id is answered from the first record and not counted again.
 * Gate scans take the batched path of {@link ScanRecorder} to the same rows.
 */
@ApplicationScoped
public class CheckIns {

  @Inject ScanRepository scans;
  @Inject ScanHours hours;

  @Transactional(Transactional.TxType.MANDATORY)
  public GateDecision record(RecordedScan scan, EntryPointPlace place) {
    return answer(scan, place).decision();
  }

  /** As {@link #record}, telling also whether the scan was recorded now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public OneAnswerPerScan.Answer answer(RecordedScan scan, EntryPointPlace place) {
    OneAnswerPerScan.Answer answer = new OneAnswerPerScan(scans).answer(scan);
    if (answer.recordedNow()) {
      hours.add(ScanHours.Increment.of(place, scan.at(), answer.decision().outcome()));
    }
    return answer;
  }
}
