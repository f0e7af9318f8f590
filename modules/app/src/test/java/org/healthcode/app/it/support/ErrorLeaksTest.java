package org.healthcode.app.it.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The leak check can fail: a class name or a remembered personal value in an error fails it. */
class ErrorLeaksTest {

  @Test
  void checkBody_WhenAnErrorNamesAJavaClass_Fails() {
    String body =
        "{\"errors\":[{\"message\":\"not a valid 'org.healthcode.identity.graphql.PersonInput'\"}]}";

    assertThatThrownBy(() -> ErrorLeaks.checkBody(body)).isInstanceOf(AssertionError.class);
  }

  @Test
  void checkBody_WhenAnErrorQuotesPersonalDataTheTestSent_Fails() {
    ErrorLeaks.remember("120101194912310014");
    String body = "{\"errors\":[{\"message\":\"documentNumber 120101194912310014 is taken\"}]}";

    assertThatThrownBy(() -> ErrorLeaks.checkBody(body)).isInstanceOf(AssertionError.class);
  }

  @Test
  void checkBody_WhenTheErrorIsClean_Passes() {
    String body =
        "{\"errors\":[{\"message\":\"documentNumber: already registered\",\"extensions\":"
            + "{\"code\":\"BAD_INPUT\"}}],\"data\":null}";

    assertThatCode(() -> ErrorLeaks.checkBody(body)).doesNotThrowAnyException();
  }
}
