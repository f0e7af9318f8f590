package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

  private static boolean deeperThan(String json, int max) {
    return JsonNesting.deeperThan(json.getBytes(StandardCharsets.UTF_8), max);
  }

  @Test
  void deeperThan_WhenAtTheLimit_IsFalse() {
    assertThat(deeperThan("{\"a\":[[{\"b\":1}]]}", 4)).isFalse();
  }

  @Test
  void deeperThan_WhenOneOverTheLimit_IsTrue() {
    assertThat(deeperThan("{\"a\":[[{\"b\":[1]}]]}", 4)).isTrue();
  }

  @Test
  void deeperThan_WhenBracketsAreInsideStrings_DoesNotCountThem() {
    assertThat(deeperThan("{\"q\":\"[[[[[[{{{{ \\\" [[[[\"}", 1)).isFalse();
  }

  @Test
  void deeperThan_WhenSiblingsFollowEachOther_CountsDepthNotNumber() {
    assertThat(deeperThan("[[1],[2],[3],[4],[5],[6]]", 2)).isFalse();
  }

  @Test
  void deeperThan_WhenTheBombHasAThousandLevels_IsTrue() {
    assertThat(deeperThan("[".repeat(1000) + "]".repeat(1000), JsonNesting.MAX_DEPTH)).isTrue();
  }
}
