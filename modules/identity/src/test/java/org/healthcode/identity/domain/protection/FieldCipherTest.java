package org.healthcode.identity.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

  private static final String NAME = "person.name";

  private final String k1 = TestKeys.entry("k1");
  private final FieldCipher cipher = new FieldCipher(KeyRing.fromConfig(k1));

  @ParameterizedTest
  @ValueSource(strings = {"", "张三", "欧阳𠀀明", "120101199001011234", "John Smith"})
  void decrypt_WhenEncryptedWithSameContext_ReturnsPlaintext(String plaintext) {
    EncryptedField field = cipher.encrypt(plaintext, NAME);

    assertThat(cipher.decrypt(field, NAME)).isEqualTo(plaintext);
  }

  @Test
  void decrypt_WhenStoredAsBytesAndReadBack_ReturnsPlaintext() {
    byte[] stored = cipher.encrypt("张三", NAME).toBytes();

    assertThat(cipher.decrypt(EncryptedField.fromBytes(stored), NAME)).isEqualTo("张三");
  }

  @Test
  void encrypt_WhenSamePlaintextTwice_GivesDifferentCiphertexts() {
    EncryptedField first = cipher.encrypt("张三", NAME);
    EncryptedField second = cipher.encrypt("张三", NAME);

    assertThat(first.sealed()).isNotEqualTo(second.sealed());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void encrypt_WhenStored_BytesDoNotContainThePlaintext() {
    String plaintext = "120101199001011234 张三 13812345678";

    byte[] stored = cipher.encrypt(plaintext, NAME).toBytes();

    assertThat(indexOf(stored, plaintext.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(indexOf(stored, "120101".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
  }

  @Test
  void encrypt_WhenStored_LayoutIsVersionKeyIdIvCiphertextTag() {
    byte[] stored = cipher.encrypt("张三", NAME).toBytes();

    int utf8Length = "张三".getBytes(StandardCharsets.UTF_8).length;
    assertThat(stored[0]).isEqualTo((byte) 1);
    assertThat(stored[1]).isEqualTo((byte) 2);
    assertThat(new String(stored, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k1");
    assertThat(stored).hasSize(1 + 1 + 2 + 12 + utf8Length + 16);
  }

  @Test
  void decrypt_WhenAnyBitOfStoredBytesIsFlipped_Refused() {
    byte[] stored = cipher.encrypt("张三", NAME).toBytes();

    for (int index = 0; index < stored.length; index++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = stored.clone();
        tampered[index] ^= (byte) (1 << bit);

        assertThatThrownBy(() -> cipher.decrypt(EncryptedField.fromBytes(tampered), NAME))
            .as("byte %d bit %d", index, bit)
            .isInstanceOf(PersonalDataProtectionException.class);
      }
    }
  }

  @Test
  void decrypt_WhenTruncated_Refused() {
    byte[] stored = cipher.encrypt("张三", NAME).toBytes();

    for (int length = 0; length < stored.length; length++) {
      byte[] truncated = Arrays.copyOf(stored, length);

      assertThatThrownBy(() -> cipher.decrypt(EncryptedField.fromBytes(truncated), NAME))
          .as("first %d bytes", length)
          .isInstanceOf(PersonalDataProtectionException.class);
    }
  }

  @Test
  void decrypt_WhenContextDiffers_RefusedNamingTheContext() {
    EncryptedField name = cipher.encrypt("张三", NAME);

    assertThatThrownBy(() -> cipher.decrypt(name, "person.document_number"))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("person.document_number")
        .hasMessageContaining("does not authenticate");
  }

  @Test
  void decrypt_WhenKeyIdIsNotInRing_Refused() {
    EncryptedField field = cipher.encrypt("张三", NAME);
    FieldCipher otherRing = new FieldCipher(KeyRing.fromConfig(TestKeys.entry("k9")));

    assertThatThrownBy(() -> otherRing.decrypt(field, NAME))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("unknown key id 'k1'");
  }

  @Test
  void decrypt_WhenSameKeyIdNamesAnotherKey_Refused() {
    EncryptedField field = cipher.encrypt("张三", NAME);
    FieldCipher sameIdOtherKey = new FieldCipher(KeyRing.fromConfig(TestKeys.entry("k1")));

    assertThatThrownBy(() -> sameIdOtherKey.decrypt(field, NAME))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("does not authenticate");
  }

  @Test
  void decrypt_WhenNewCurrentKeyWasAdded_OldValuesStillDecryptAndNewValuesUseNewKey() {
    EncryptedField beforeRotation = cipher.encrypt("张三", NAME);
    FieldCipher rotated = new FieldCipher(KeyRing.fromConfig(TestKeys.entry("k2") + "," + k1));

    EncryptedField afterRotation = rotated.encrypt("李四", NAME);

    assertThat(rotated.decrypt(beforeRotation, NAME)).isEqualTo("张三");
    assertThat(afterRotation.keyId()).isEqualTo("k2");
    assertThat(rotated.decrypt(afterRotation, NAME)).isEqualTo("李四");
    assertThatThrownBy(() -> cipher.decrypt(afterRotation, NAME))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("unknown key id 'k2'");
  }

  @Test
  void fromBytes_WhenFormatVersionIsUnknown_RefusedNamingIt() {
    byte[] stored = cipher.encrypt("张三", NAME).toBytes();
    stored[0] = 2;

    assertThatThrownBy(() -> EncryptedField.fromBytes(stored))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("format version 2");
  }

  @Test
  void encrypt_WhenContextIsBlank_Refused() {
    assertThatThrownBy(() -> cipher.encrypt("张三", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int start = 0; start + needle.length <= haystack.length; start++) {
      boolean match = true;
      for (int i = 0; i < needle.length && match; i++) {
        match = haystack[start + i] == needle[i];
      }
      if (match) {
        return start;
      }
    }
    return -1;
  }
}
