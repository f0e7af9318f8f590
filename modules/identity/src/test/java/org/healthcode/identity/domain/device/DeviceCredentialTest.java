package org.healthcode.identity.domain.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeviceCredentialTest {

  private static final Instant NOW = Instant.parse("2020-02-29T08:00:00Z");

  @Test
  void issue_WhenEntryPointGiven_GivesA256BitSecretStoredOnlyAsItsHash() {
    DeviceCredential.Issued issued = DeviceCredential.issue("gate-7", NOW);

    assertThat(Base64.getUrlDecoder().decode(issued.secret())).hasSize(32);
    assertThat(issued.credential().entryPointId()).isEqualTo("gate-7");
    assertThat(issued.credential().issuedAt()).isEqualTo(NOW);
    assertThat(issued.credential().isActive()).isTrue();
    assertThat(issued.credential().id()).matches("[0-9a-f-]{36}");
  }

  @Test
  void issue_WhenTwice_GivesDifferentIdsAndSecrets() {
    DeviceCredential.Issued first = DeviceCredential.issue("gate-7", NOW);
    DeviceCredential.Issued second = DeviceCredential.issue("gate-7", NOW);

    assertThat(first.secret()).isNotEqualTo(second.secret());
    assertThat(first.credential().id()).isNotEqualTo(second.credential().id());
  }

  @Test
  void issue_WhenEntryPointBlankOrTooLong_IsRefused() {
    assertThatThrownBy(() -> DeviceCredential.issue(" ", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceCredential.issue("x".repeat(65), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accepts_WhenItsOwnSecret_IsTrueAndOtherwiseFalse() {
    DeviceCredential.Issued issued = DeviceCredential.issue("gate-7", NOW);
    DeviceCredential other = DeviceCredential.issue("gate-7", NOW).credential();

    assertThat(issued.credential().accepts(issued.secret())).isTrue();
    assertThat(other.accepts(issued.secret())).isFalse();
    assertThat(issued.credential().accepts(issued.secret() + "x")).isFalse();
    assertThat(issued.credential().accepts(null)).isFalse();
  }

  @Test
  void revoke_WhenActive_StopsAcceptingAndKeepsTheFirstMoment() {
    DeviceCredential.Issued issued = DeviceCredential.issue("gate-7", NOW);

    issued.credential().revoke(NOW.plusSeconds(60));
    issued.credential().revoke(NOW.plusSeconds(120));

    assertThat(issued.credential().isActive()).isFalse();
    assertThat(issued.credential().accepts(issued.secret())).isFalse();
    assertThat(issued.credential().revokedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void hash_WhenSecretGiven_IsLowerCaseHexSha256OfItsText() {
    // SHA-256("abc"), FIPS 180-2 test vector: the form the database holds
    assertThat(DeviceSecret.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(DeviceSecret.matches("abc", DeviceSecret.hash("abc"))).isTrue();
    assertThat(DeviceSecret.matches("abc", "not hex")).isFalse();
  }
}
