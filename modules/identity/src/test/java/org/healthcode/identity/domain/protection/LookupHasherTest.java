package org.healthcode.identity.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.healthcode.identity.api.DocumentType;
import org.junit.jupiter.api.Test;

class LookupHasherTest {

  private static final String RESIDENT_ID = "120101199001011234";

  private final String secret = TestKeys.base64Key(32);
  private final LookupHasher hasher = LookupHasher.fromConfig(secret);

  @Test
  void hashDocument_WhenSameInputTwice_GivesEqualHashes() {
    LookupHash first = hasher.hashDocument(DocumentType.RESIDENT_ID_CARD, RESIDENT_ID);
    LookupHash second = hasher.hashDocument(DocumentType.RESIDENT_ID_CARD, RESIDENT_ID);

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.toBytes()).hasSize(LookupHash.LENGTH);
  }

  @Test
  void hashDocument_WhenNewHasherWithSameSecret_GivesEqualHash() {
    LookupHasher restarted = LookupHasher.fromConfig(secret);

    assertThat(restarted.hashDocument(DocumentType.PASSPORT, "E12345678"))
        .isEqualTo(hasher.hashDocument(DocumentType.PASSPORT, "E12345678"));
  }

  @Test
  void hashDocument_WhenSecretDiffers_GivesDifferentHash() {
    LookupHasher other = LookupHasher.fromConfig(TestKeys.base64Key(32));

    assertThat(other.hashDocument(DocumentType.RESIDENT_ID_CARD, RESIDENT_ID))
        .isNotEqualTo(hasher.hashDocument(DocumentType.RESIDENT_ID_CARD, RESIDENT_ID));
  }

  @Test
  void hashDocument_WhenNumberOrTypeDiffers_GivesDifferentHash() {
    LookupHash id = hasher.hashDocument(DocumentType.RESIDENT_ID_CARD, RESIDENT_ID);

    assertThat(hasher.hashDocument(DocumentType.RESIDENT_ID_CARD, "120101199001011235"))
        .isNotEqualTo(id);
    assertThat(hasher.hashDocument(DocumentType.HMT_RESIDENCE_PERMIT, RESIDENT_ID))
        .isNotEqualTo(id);
  }

  @Test
  void hashPhone_WhenSameStringAsDocumentNumber_GivesDifferentHash() {
    String digits = "13812345678";

    LookupHash phone = hasher.hashPhone(digits);

    assertThat(phone).isEqualTo(hasher.hashPhone(digits));
    for (DocumentType type : DocumentType.values()) {
      assertThat(hasher.hashDocument(type, digits)).as(type.name()).isNotEqualTo(phone);
    }
  }

  @Test
  void hashDocument_WhenPartsShiftBetweenTypeAndNumber_GivesDifferentHash() {
    // "PASSPORT" + "E1" and "PASSPORTE" + "1" would collide if parts were simply concatenated.
    LookupHash passport = hasher.hashDocument(DocumentType.PASSPORT, "E12345678");

    assertThat(hasher.hashPhone("PASSPORTE12345678")).isNotEqualTo(passport);
    assertThat(hasher.hashPhone("DOCUMENTPASSPORTE12345678")).isNotEqualTo(passport);
  }

  @Test
  void hashPhone_WhenUsedFromManyThreads_GivesTheSameHashEverywhere() throws Exception {
    LookupHash expected = hasher.hashPhone("13812345678");
    Callable<Set<LookupHash>> task =
        () ->
            IntStream.range(0, 2_000)
                .mapToObj(i -> hasher.hashPhone("13812345678"))
                .collect(Collectors.toSet());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Set<LookupHash>>> results = pool.invokeAll(List.of(task, task, task, task));
      for (Future<Set<LookupHash>> result : results) {
        assertThat(result.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fromConfig_WhenSecretIsShorterThan32Bytes_Refused() {
    assertThatThrownBy(() -> LookupHasher.fromConfig(TestKeys.base64Key(31)))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("31 bytes");
  }

  @Test
  void fromConfig_WhenSecretIsMissingOrNotBase64_Refused() {
    assertThatThrownBy(() -> LookupHasher.fromConfig(" "))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("no lookup hash secret");
    assertThatThrownBy(() -> LookupHasher.fromConfig("not*base64!"))
        .isInstanceOf(PersonalDataProtectionException.class)
        .hasMessageContaining("not valid Base64")
        .hasMessageNotContaining("not*base64!");
  }

  @Test
  void generateForDevelopment_WhenCalledTwice_GivesUnrelatedSecrets() {
    assertThat(LookupHasher.generateForDevelopment().hashPhone("13812345678"))
        .isNotEqualTo(LookupHasher.generateForDevelopment().hashPhone("13812345678"));
  }
}
