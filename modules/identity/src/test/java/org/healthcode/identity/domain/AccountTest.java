package org.healthcode.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.healthcode.identity.api.Relationship;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2020-03-01T08:00:00Z");

  private static Account account() {
    return new Account(new byte[32], new byte[40], NOW);
  }

  @Test
  void addDependent_WhenFourAreHeld_RefusesTheFifth() {
    Account account = account();
    for (long id = 1; id <= 4; id++) {
      account.addDependent(id, Relationship.PARENT, NOW);
    }

    assertThatThrownBy(() -> account.addDependent(5, Relationship.CHILD, NOW))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(IdentityErrorCodes.TOO_MANY_DEPENDENTS));
    assertThat(account.currentDependents()).hasSize(4);
  }

  @Test
  void addDependent_WhenAnEarlierLinkEnded_CountsOnlyCurrentOnes() {
    Account account = account();
    for (long id = 1; id <= 4; id++) {
      account.addDependent(id, Relationship.CHILD, NOW);
    }
    account.currentDependents().get(0).end(NOW);

    account.addDependent(5, Relationship.SPOUSE, NOW);

    assertThat(account.currentDependents()).hasSize(4);
    assertThat(account.allLinks()).hasSize(5);
    assertThat(account.holds(1)).isFalse();
    assertThat(account.holds(5)).isTrue();
  }

  @Test
  void registerSelf_WhenAlreadyRegistered_IsRefused() {
    Account account = account();
    account.registerSelf(7);

    assertThatThrownBy(() -> account.registerSelf(8)).isInstanceOf(HealthCodeException.class);
    assertThat(account.holds(7)).isTrue();
    assertThat(account.holds(8)).isFalse();
  }
}
