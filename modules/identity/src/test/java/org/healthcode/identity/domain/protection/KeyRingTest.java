package org.healthcode.identity.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

  @Test
  void fromConfig_WhenSeveralKeys_FirstIsCurrentAndAllAreKept() {
    KeyRing ring =
        KeyRing.fromConfig(TestKeys.entry("k3") + ", " + TestKeys.entry("k2") + ",k1:" + key32());

    assertThat(ring.currentKeyId()).isEqualTo("k3");
    assertThat(ring.keyIds()).containsExactly("k3", "k2", "k1");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\n"})
  void fromConfig_WhenEmpty_Refused(String spec) {
    assertThatThrownBy(() -> KeyRing.fromConfig(spec))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("no keys");
  }

  @Test
  void fromConfig_WhenKeyIsNot32Bytes_RefusedNamingTheKey() {
    String shortKey = TestKeys.base64Key(16);
    String longKey = TestKeys.base64Key(33);

    assertThatThrownBy(() -> KeyRing.fromConfig("k1:" + shortKey))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("'k1' is 16 bytes");
    assertThatThrownBy(() -> KeyRing.fromConfig(TestKeys.entry("k2") + ",k1:" + longKey))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("'k1' is 33 bytes");
  }

  @Test
  void fromConfig_WhenIdAppearsTwice_Refused() {
    assertThatThrownBy(() -> KeyRing.fromConfig(TestKeys.entry("k1") + "," + TestKeys.entry("k1")))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("'k1' appears twice");
  }

  @Test
  void fromConfig_WhenKeyIsNotBase64_RefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> KeyRing.fromConfig("k1:not*base64!"))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("not valid Base64")
        .hasMessageNotContaining("not*base64!");
  }

  @Test
  void fromConfig_WhenEntryHasNoId_RefusedWithoutEchoingTheKey() {
    String key = key32();

    assertThatThrownBy(() -> KeyRing.fromConfig(TestKeys.entry("k2") + "," + key))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("entry 2")
        .hasMessageNotContaining(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {":", "k 1:", "k/1:", "a-key-id-that-is-longer-than-32-chars:", "键:"})
  void fromConfig_WhenKeyIdIsMalformed_Refused(String idPart) {
    assertThatThrownBy(() -> KeyRing.fromConfig(idPart + key32()))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("key id");
  }

  @Test
  void fromConfig_WhenTrailingComma_Refused() {
    assertThatThrownBy(() -> KeyRing.fromConfig(TestKeys.entry("k1") + ","))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("entry 2");
  }

  @Test
  void generateForDevelopment_WhenCalledTwice_GivesDistinctIds() {
    KeyRing first = KeyRing.generateForDevelopment();
    KeyRing second = KeyRing.generateForDevelopment();

    assertThat(first.currentKeyId()).startsWith("dev-").isNotEqualTo(second.currentKeyId());
    assertThat(first.keyIds()).containsExactly(first.currentKeyId());
  }

  @Test
  void toString_WhenPrinted_ShowsIdsButNoKeyMaterial() {
    String key = key32();
    KeyRing ring = KeyRing.fromConfig("k1:" + key);

    assertThat(ring.toString()).contains("k1").doesNotContain(key);
  }

  private static String key32() {
    return TestKeys.base64Key(KeyRing.KEY_BYTES);
  }
}
