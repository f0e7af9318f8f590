package org.healthcode.venue.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VenueCodeKeysTest {

  private final String key = VenueCodesTest.randomKey();

  @Test
  void fromConfig_WhenSeveralKeys_FirstSignsAndAllAreKnown() {
    VenueCodeKeys keys =
        VenueCodeKeys.fromConfig(
            " k2:" + key + " , k1:" + VenueCodesTest.randomKey() + ",k255:" + key);

    assertThat(keys.signingKeyId()).isEqualTo("k2");
    assertThat(keys.keyIds()).containsExactly("k2", "k1", "k255");
    assertThat(keys.byNumber(255)).isNotNull();
    assertThat(keys.byNumber(3)).isNull();
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
        "k1:KEY,",
        "k1:not*base64"
      })
  void fromConfig_WhenMalformed_RefusesWithoutShowingTheKey(String template) {
    String spec = template.replace("KEY", key);

    assertThatThrownBy(() -> VenueCodeKeys.fromConfig(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(key);
  }

  @Test
  void fromConfig_WhenAKeyIsShorterThan32Bytes_RefusesWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

    assertThatThrownBy(() -> VenueCodeKeys.fromConfig("k1:" + shortKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes")
        .message()
        .doesNotContain(shortKey);
  }

  @Test
  void toString_Always_ShowsIdsOnly() {
    assertThat(VenueCodeKeys.fromConfig("k3:" + key).toString())
        .isEqualTo("VenueCodeKeys[signing=k3, keys=[k3]]")
        .doesNotContain(key);
  }
}
