package org.healthcode.status.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.junit.jupiter.api.Test;

class HealthCodeApiTest {

  @Test
  void personId_WhenPositive_IsThatPerson() {
    assertThat(HealthCodeApi.personId("7")).isEqualTo(new PersonId(7));
  }

  @Test
  void personId_WhenNotANumber_IsBadInput() {
    assertThatThrownBy(() -> HealthCodeApi.personId("seven"))
        .isInstanceOfSatisfying(
            HealthCodeException.class, e -> assertThat(e.code()).isEqualTo("BAD_INPUT"));
  }

  @Test
  void personId_WhenWellFormedButNotPositive_IsNotFound() {
    assertThatThrownBy(() -> HealthCodeApi.personId("0"))
        .isInstanceOfSatisfying(
            HealthCodeException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"));
  }
}
