package org.healthcode.status.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.status.api.StatusErrorCodes;
import org.healthcode.status.domain.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

/** The retry loop outside a container: each attempt is a plain call here. */
class TransactionsTest {

  private final Transactions transactions = new Transactions();

  {
    transactions.self = transactions;
  }

  @Test
  void retrying_WhenConcurrentChangesGetInFirstTwice_SucceedsOnTheThirdAttempt() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        transactions.retrying(
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentUpdateException("someone else saved first");
              }
              return "saved";
            });

    assertThat(result).isEqualTo("saved");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void retrying_WhenEveryAttemptMeetsAConcurrentChange_GivesUpWithConcurrentUpdate() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                transactions.retrying(
                    () -> {
                      attempts.incrementAndGet();
                      throw new ConcurrentUpdateException("someone else saved first");
                    }))
        .isInstanceOfSatisfying(
            HealthCodeException.class,
            e -> assertThat(e.code()).isEqualTo(StatusErrorCodes.CONCURRENT_UPDATE));
    assertThat(attempts).hasValue(Transactions.MAX_ATTEMPTS);
  }

  @Test
  void retrying_WhenTheWorkIsRefused_DoesNotRetry() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                transactions.retrying(
                    () -> {
                      attempts.incrementAndGet();
                      throw HealthCodeException.badInput("reason is required");
                    }))
        .isInstanceOf(HealthCodeException.class);
    assertThat(attempts).hasValue(1);
  }
}
