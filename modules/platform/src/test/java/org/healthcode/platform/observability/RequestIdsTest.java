package org.healthcode.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void idOf_AnAcceptableIdFromTheClient_IsKept() {
    assertThat(RequestIds.idOf("lb-7f3a9c01.2")).isEqualTo("lb-7f3a9c01.2");
  }

  @Test
  void idOf_NothingOrSomethingThatCouldForgeALogLine_IsReplacedByAFreshOne() {
    assertThat(RequestIds.idOf(null)).matches("[0-9a-f]{16}");
    assertThat(RequestIds.idOf("short")).matches("[0-9a-f]{16}");
    assertThat(RequestIds.idOf("abcdefgh\nERROR forged")).matches("[0-9a-f]{16}");
    assertThat(RequestIds.idOf("x".repeat(65))).matches("[0-9a-f]{16}");
    assertThat(RequestIds.idOf(null)).isNotEqualTo(RequestIds.idOf(null));
  }
}
