package org.healthcode.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthcode.platform.text.Texts.Problem;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void normalised_WhenDecomposed_ComposesToNfc() {
    assertThat(Texts.normalised("Zoe\u0301")).isEqualTo("Zo\u00e9");
  }

  @Test
  void problem_WhenPlainChineseEnglishOrEmoji_IsNone() {
    assertThat(Texts.problem("张伟 Zhang Wei 😀, 和平路 12号\n2楼")).isEmpty();
  }

  @Test
  void problem_WhenNul_IsControlCharacter() {
    assertThat(Texts.problem("Cafe\u0000")).hasValue(Problem.CONTROL_CHARACTER);
  }

  @Test
  void problem_WhenC1Control_IsControlCharacter() {
    assertThat(Texts.problem("a\u0085b")).hasValue(Problem.CONTROL_CHARACTER);
  }

  @Test
  void problem_WhenRightToLeftOverride_IsBidiControl() {
    assertThat(Texts.problem("Mall \u202egnp.exe")).hasValue(Problem.BIDI_CONTROL);
  }

  @Test
  void problem_WhenIsolate_IsBidiControl() {
    assertThat(Texts.problem("a\u2067b\u2069")).hasValue(Problem.BIDI_CONTROL);
  }

  @Test
  void problem_WhenLoneHighOrLowSurrogate_IsUnpairedSurrogate() {
    assertThat(Texts.problem("a\ud800")).hasValue(Problem.UNPAIRED_SURROGATE);
    assertThat(Texts.problem("\udc00a")).hasValue(Problem.UNPAIRED_SURROGATE);
  }

  @Test
  void problem_WhenDecomposed_IsNotNormalised() {
    assertThat(Texts.problem("Zoe\u0301")).hasValue(Problem.NOT_NORMALISED);
  }
}
