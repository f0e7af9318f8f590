package org.healthcode.status.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.ColourChanged;
import org.healthcode.status.domain.ColourChange;
import org.healthcode.status.domain.HealthCode;
import org.healthcode.status.domain.HealthCodeRepository;
import org.healthcode.status.domain.Notification;
import org.healthcode.status.domain.StatusRecords;
import org.healthcode.status.domain.Transition;

/**
 * Loads a code, lets the rules change it, saves it, tells the person and announces a new colour
 * (ColourChanged, for the aggregate counts): one step inside the caller's transaction. A concurrent
 * change makes the save fail; {@link Transactions#retrying} runs the whole step again.
 */
@ApplicationScoped
public class CodeChanges {

  @Inject HealthCodeRepository codes;
  @Inject StatusRecords records;
  @Inject Event<ColourChanged> colourChanged;

  @Transactional(Transactional.TxType.MANDATORY)
  public Transition change(PersonId person, Function<HealthCode, Transition> rule) {
    HealthCode code = codes.find(person).orElseGet(() -> HealthCode.unassessed(person));
    Transition transition = rule.apply(code);
    if (transition instanceof Transition.Changed changed) {
      codes.save(code);
      records.add(Notification.of(person, changed.change()));
      ColourChange change = changed.change();
      if (change.changesColour()) {
        // synchronous, in this transaction: the aggregate counts move with the change or not at all
        colourChanged.fire(
            new ColourChanged(person, change.from().orElse(null), change.to(), change.at()));
      }
    }
    return transition;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public HealthCode current(PersonId person) {
    return codes.find(person).orElseGet(() -> HealthCode.unassessed(person));
  }
}
