package org.healthcode.status.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenKeysTest {

  private final String key = CodeTokensTest.randomKey();

  @Test
  void fromConfig_WhenSeveralKeys_FirstSignsAndAllAreKnown() {
    TokenKeys keys =
        TokenKeys.fromConfig(" k2:" + key + " , k1:" + CodeTokensTest.randomKey() + ",k255:" + key);

    assertThat(keys.signingKeyId()).isEqualTo("k2");
    assertThat(keys.keyIds()).containsExactly("k2", "k1", "k255");
    assertThat(keys.byNumber(1)).isNotNull();
    assertThat(keys.byNumber(3)).isNull();
  }

  @Test
  void fromConfig_WhenAKeyIsLongerThan32Bytes_AcceptsIt() {
    String longKey = Base64.getEncoder().encodeToString(new byte[64]);

    assertThat(TokenKeys.fromConfig("k0:" + longKey).signingKeyId()).isEqualTo("k0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "k1",
        "k1:",
        "x1:KEY",
        "k256:KEY",
        "k01:KEY",
        "K1:KEY",
        "k1:KEY,k1:KEY",
        "k1:KEY,"
      })
  void fromConfig_WhenMalformed_Refuses(String template) {
    String spec = template.replace("KEY", key);

    assertThatThrownBy(() -> TokenKeys.fromConfig(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(key);
  }

  @Test
  void fromConfig_WhenAKeyIsShorterThan32Bytes_RefusesWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

    assertThatThrownBy(() -> TokenKeys.fromConfig("k1:" + shortKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes")
        .message()
        .doesNotContain(shortKey);
  }

  @Test
  void fromConfig_WhenAKeyIsNotBase64_Refuses() {
    assertThatThrownBy(() -> TokenKeys.fromConfig("k1:not*base64"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base64");
  }

  @Test
  void toString_Always_ShowsIdsOnly() {
    assertThat(TokenKeys.fromConfig("k1:" + key).toString())
        .isEqualTo("TokenKeys[signing=k1, keys=[k1]]");
  }
}
