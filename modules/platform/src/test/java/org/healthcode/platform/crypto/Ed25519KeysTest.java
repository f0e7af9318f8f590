package org.healthcode.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

  /** RFC 8032, 7.1, TEST 1. */
  private static final byte[] SEED =
      HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

  private static final byte[] PUBLIC =
      HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

  private static final byte[] SIGNATURE_OF_EMPTY =
      HexFormat.of()
          .parseHex(
              "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                  + "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

  @Test
  void fromSeed_TheRfc8032TestVector_DerivesItsPublicKeyAndSignature() {
    Ed25519Keys.Key key = Ed25519Keys.fromSeed(1, SEED);

    assertThat(key.rawPublicKey()).isEqualTo(PUBLIC);
    assertThat(key.sign(new byte[0])).isEqualTo(SIGNATURE_OF_EMPTY);
    assertThat(Ed25519Keys.verify(Ed25519Keys.publicKey(PUBLIC), new byte[0], SIGNATURE_OF_EMPTY))
        .isTrue();
  }

  @Test
  void fromConfig_SeedOrPkcs8_FirstSignsAndEveryKeyIsListed() {
    String seed = Base64.getEncoder().encodeToString(SEED);
    byte[] pkcs8 = new byte[48];
    System.arraycopy(HexFormat.of().parseHex("302e020100300506032b657004220420"), 0, pkcs8, 0, 16);
    System.arraycopy(SEED, 0, pkcs8, 16, 32);
    String other = Base64.getEncoder().encodeToString(new byte[32]);

    Ed25519Keys keys =
        Ed25519Keys.fromConfig(
            "test", "k2:" + other + ", k1:" + Base64.getEncoder().encodeToString(pkcs8));

    assertThat(keys.signing().number()).isEqualTo(2);
    assertThat(keys.byNumber(1).rawPublicKey()).isEqualTo(PUBLIC);
    assertThat(keys.keys()).hasSize(2);
    assertThat(keys.byNumber(3)).isNull();
    assertThat(Ed25519Keys.fromConfig("test", "k0:" + seed).signing().rawPublicKey())
        .isEqualTo(PUBLIC);
    assertThat(keys.toString()).doesNotContain(seed).contains("k2", "k1");
  }

  @Test
  void fromConfig_BadValues_AreRefusedWithoutShowingKeys() {
    String seed = Base64.getEncoder().encodeToString(SEED);
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", " ")).hasMessageContaining("no keys");
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", seed))
        .hasMessageContaining("kN:base64key")
        .hasMessageNotContaining(seed);
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", "k256:" + seed))
        .hasMessageContaining("k0 to k255");
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", "k1:" + seed + ",k1:" + seed))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", "k1:AAAA"))
        .hasMessageContaining("neither a 32-byte");
    assertThatThrownBy(() -> Ed25519Keys.fromConfig("test", "k1:!!"))
        .hasMessageContaining("not valid Base64");
  }

  @Test
  void verify_TamperedOrMalformed_IsFalseAndNeverThrows() {
    Ed25519Keys.Key key = Ed25519Keys.generate(7);
    byte[] data = "payload".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] signature = key.sign(data);
    byte[] tampered = signature.clone();
    tampered[10] ^= 1;

    assertThat(Ed25519Keys.verify(key.publicKey(), data, signature)).isTrue();
    assertThat(Ed25519Keys.verify(key.publicKey(), data, tampered)).isFalse();
    assertThat(Ed25519Keys.verify(key.publicKey(), data, new byte[3])).isFalse();
    assertThat(Ed25519Keys.verify(key.publicKey(), data, null)).isFalse();
    assertThat(Ed25519Keys.verify(key.publicKey(), "other".getBytes(), signature)).isFalse();
    assertThat(Ed25519Keys.verify(key.publicKey(), data, new byte[64])).isFalse();
  }
}
