package org.healthcode.status.application.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.healthcode.status.api.Colour;
import org.junit.jupiter.api.Test;

class LastIssuedCodesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private static AppCode code(long person, String token) {
    return codeAt(person, token, NOW);
  }

  private static AppCode codeAt(long person, String token, Instant issued) {
    return new AppCode(
        person,
        token,
        token + ".S",
        Colour.GREEN,
        issued,
        issued.plus(Duration.ofMinutes(5)),
        "png",
        "svg",
        false);
  }

  private static LastIssuedCodes codes(int capacity) {
    LastIssuedCodes codes = new LastIssuedCodes();
    codes.capacity = capacity;
    return codes;
  }

  @Test
  void lastValid_ForTheSameCallerWhileValid_IsTheLastCodeWithoutImages() {
    LastIssuedCodes codes = codes(10);
    codes.remember("citizen:1", code(7, "first"), NOW);
    codes.remember("citizen:1", code(7, "second"), NOW);

    AppCode last = codes.lastValid("citizen:1", 7, NOW.plusSeconds(299)).orElseThrow();

    assertThat(last.token()).isEqualTo("second");
    assertThat(last.png()).isNull();
    assertThat(last.svg()).isNull();
  }

  @Test
  void lastValid_ForAnotherCallerOrPersonOrOnceExpired_IsEmpty() {
    LastIssuedCodes codes = codes(10);
    codes.remember("citizen:1", code(7, "t"), NOW);

    assertThat(codes.lastValid("citizen:2", 7, NOW)).isEmpty();
    assertThat(codes.lastValid("citizen:1", 8, NOW)).isEmpty();
    assertThat(codes.lastValid("citizen:1", 7, NOW.plusSeconds(300))).isEmpty();
  }

  @Test
  void remember_WhenFull_DropsExpiredCodesFirstAndOtherwiseKeepsNoNewCaller() {
    LastIssuedCodes codes = codes(2);
    codes.remember("a", code(1, "a1"), NOW);
    codes.remember("b", code(2, "b2"), NOW);

    codes.remember("c", code(3, "c3"), NOW);
    assertThat(codes.lastValid("c", 3, NOW)).isEmpty();

    Instant later = NOW.plusSeconds(301);
    codes.remember("c", codeAt(3, "c3", later), later);
    assertThat(codes.lastValid("c", 3, later)).isPresent();
  }

  @Test
  void remember_ACodeWithoutColour_IsNotKept() {
    LastIssuedCodes codes = codes(10);
    codes.remember("a", new AppCode(1, null, null, null, null, null, null, null, false), NOW);

    assertThat(codes.lastValid("a", 1, NOW)).isEmpty();
  }
}
