package org.healthcode.declaration.domain;

import java.math.BigDecimal;
import java.util.List;
import org.healthcode.declaration.api.Arrival;
import org.healthcode.declaration.api.DeclarationForm;
import org.healthcode.declaration.api.Stay;
import org.healthcode.declaration.api.Symptom;

/**
 * Ways in which answers, each plausible alone, contradict one another. They are judged against the
 * day the declaration was submitted, since that is when the answers were true.
 */
public enum Contradiction {
  /** A measured temperature at or above the fever threshold, but fever is not ticked. */
  FEVER_NOT_DECLARED {
    @Override
    boolean isFoundIn(Declaration declaration, BigDecimal feverFrom) {
      DeclarationForm answers = declaration.answers();
      return answers.temperature().compareTo(feverFrom) >= 0
          && !answers.symptoms().contains(Symptom.FEVER);
    }
  },
  /** Declared as entering the city, yet coming from a place inside it. */
  ARRIVAL_FROM_INSIDE_CITY {
    @Override
    boolean isFoundIn(Declaration declaration, BigDecimal feverFrom) {
      Arrival arrival = declaration.answers().arrival();
      return arrival != null && RegionCodes.isInCity(arrival.origin());
    }
  },
  /** An arrival still to come, yet the person says they are in a district of the city now. */
  FUTURE_ARRIVAL_WHILE_IN_CITY {
    @Override
    boolean isFoundIn(Declaration declaration, BigDecimal feverFrom) {
      DeclarationForm answers = declaration.answers();
      return answers.arrival() != null
          && answers.arrival().plannedArrival().isAfter(declaration.submittedOn())
          && answers.location().isInCity();
    }
  },
  /**
   * Two stays in regions neither of which contains the other share more than one day (sharing the
   * travel day is normal).
   */
  OVERLAPPING_STAYS {
    @Override
    boolean isFoundIn(Declaration declaration, BigDecimal feverFrom) {
      List<Stay> stays = declaration.answers().stays();
      for (int i = 0; i < stays.size(); i++) {
        for (int j = i + 1; j < stays.size(); j++) {
          if (clash(stays.get(i), stays.get(j))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean clash(Stay a, Stay b) {
      if (RegionCodes.isWithin(a.region(), b.region())
          || RegionCodes.isWithin(b.region(), a.region())) {
        return false;
      }
      var start = a.from().isAfter(b.from()) ? a.from() : b.from();
      var end = a.to().isBefore(b.to()) ? a.to() : b.to();
      return start.isBefore(end);
    }
  };

  abstract boolean isFoundIn(Declaration declaration, BigDecimal feverFrom);
}
