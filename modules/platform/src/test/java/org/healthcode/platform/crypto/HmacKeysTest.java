package org.healthcode.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacKeysTest {

  private final String key = randomKey();

  @Test
  void fromConfig_WhenSeveralKeys_FirstSignsAndAllAreKnown() {
    HmacKeys keys =
        HmacKeys.fromConfig(
            "code token keys", " k2:" + key + " , k1:" + randomKey() + ",k255:" + key);

    assertThat(keys.signingKeyId()).isEqualTo("k2");
    assertThat(keys.keyIds()).containsExactly("k2", "k1", "k255");
    assertThat(keys.byNumber(1)).isNotNull();
    assertThat(keys.byNumber(3)).isNull();
  }

  @Test
  void fromConfig_WhenAKeyIsLongerThan32Bytes_AcceptsIt() {
    String longKey = Base64.getEncoder().encodeToString(new byte[64]);

    assertThat(HmacKeys.fromConfig("code token keys", "k0:" + longKey).signingKeyId())
        .isEqualTo("k0");
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

    assertThatThrownBy(() -> HmacKeys.fromConfig("code token keys", spec))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(key);
  }

  @Test
  void fromConfig_WhenAKeyIsShorterThan32Bytes_RefusesWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);

    assertThatThrownBy(() -> HmacKeys.fromConfig("code token keys", "k1:" + shortKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("31 bytes")
        .message()
        .doesNotContain(shortKey);
  }

  @Test
  void fromConfig_WhenAKeyIsNotBase64_Refuses() {
    assertThatThrownBy(() -> HmacKeys.fromConfig("code token keys", "k1:not*base64"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Base64");
  }

  @Test
  void toString_Always_ShowsIdsOnly() {
    assertThat(HmacKeys.fromConfig("code token keys", "k1:" + key).toString())
        .isEqualTo("HmacKeys[code token keys, signing=k1, keys=[k1]]");
  }

  @Test
  void mac_WhenTheContextDiffers_DiffersToo() {
    HmacKeys.Key signing = HmacKeys.fromConfig("code token keys", "k1:" + key).signing();
    byte[] data = "the same bytes".getBytes(StandardCharsets.US_ASCII);

    assertThat(signing.mac(new byte[0], data, data.length))
        .isEqualTo(signing.mac(new byte[0], data, data.length))
        .isNotEqualTo(
            signing.mac("venue-code".getBytes(StandardCharsets.US_ASCII), data, data.length));
  }

  static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
