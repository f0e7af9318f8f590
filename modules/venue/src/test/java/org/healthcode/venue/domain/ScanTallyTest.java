package org.healthcode.venue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.venue.api.GateOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanTallyTest {

  @Test
  void of_EachOutcome_CountsOneScanUnderIt() {
    assertThat(ScanTally.of(GateOutcome.ADMIT)).isEqualTo(new ScanTally(1, 1, 0, 0));
    assertThat(ScanTally.of(GateOutcome.DENY)).isEqualTo(new ScanTally(1, 0, 1, 0));
    assertThat(ScanTally.of(GateOutcome.REFER)).isEqualTo(new ScanTally(1, 0, 0, 1));
  }

  @Test
  void new_WhenOutcomesDoNotAddUpOrAreNegative_IsRefused() {
    assertThatThrownBy(() -> new ScanTally(3, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScanTally(0, 1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    // scans, admits, denials, referrals -> shown scans, admits, denials, referrals, suppressed
    "4, 4, 0, 0, , , , , true",
    "5, 5, 0, 0, 5, 5, 0, 0, false",
    "6, 5, 0, 1, 6, , , , true",
    "9, 5, 4, 0, 9, , , , true",
    "10, 5, 0, 5, 10, 5, 0, 5, false",
    "100, 90, 5, 5, 100, 90, 5, 5, false"
  })
  void analystTally_WithholdsFewerThanFiveScansAndOutcomesOfOneToFour(
      long scans,
      long admits,
      long denials,
      long referrals,
      Integer shownScans,
      Integer shownAdmits,
      Integer shownDenials,
      Integer shownReferrals,
      boolean suppressed) {
    AnalystTally shown = AnalystTally.of(new ScanTally(scans, admits, denials, referrals));

    assertThat(shown)
        .isEqualTo(
            new AnalystTally(shownScans, shownAdmits, shownDenials, shownReferrals, suppressed));
  }
}
