package org.healthcode.status.application.counts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonSummary;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.ColourChanged;
import org.healthcode.status.domain.counts.Bucket;
import org.healthcode.status.domain.counts.CountChange;
import org.healthcode.status.domain.counts.CountRepository;
import org.healthcode.status.domain.counts.DailySeries;

/**
 * Persons by colour x district, now and by day (DESIGN §4, docs/adr/0011). Kept by observing every
 * {@link ColourChanged} inside the transaction of the change, so the counts commit or roll back
 * with it and never drift; queries read at most a few rows per day asked for.
 */
@ApplicationScoped
public class ColourCounts {

  /** The city's days: a change belongs to the day it happened on in Tianjin. */
  public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  @Inject CountRepository counts;
  @Inject IdentityFacade identity;

  /** Runs in the change's own transaction; MANDATORY so that a change outside one fails loudly. */
  @Transactional(TxType.MANDATORY)
  void onColourChanged(@Observes ColourChanged change) {
    HomeDistrict district =
        identity
            .find(change.personId())
            .map(PersonSummary::homeDistrict)
            .orElseThrow(() -> new IllegalStateException("colour change of an unknown person"));
    counts.apply(
        LocalDate.ofInstant(change.at(), CITY),
        CountChange.of(district, change.from(), change.to()));
  }

  @Transactional
  public Map<Bucket, Long> now() {
    return counts.now();
  }

  /** End-of-day counts for each day of the range; BAD_INPUT beyond {@link DailySeries#MAX_DAYS}. */
  @Transactional
  public List<DailySeries.Day> series(LocalDate from, LocalDate to) {
    try {
      DailySeries.checkRange(from, to);
    } catch (IllegalArgumentException e) {
      throw HealthCodeException.badInput(e.getMessage());
    }
    return DailySeries.build(from, to, counts.changesBefore(from), counts.changesBetween(from, to));
  }
}
