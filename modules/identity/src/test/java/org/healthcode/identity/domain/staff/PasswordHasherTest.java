package org.healthcode.identity.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  // fewer iterations than production keeps the tests fast; the format and rules are the same
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void matches_WhenSamePassword_IsTrue() {
    String stored = hasher.hash("correct horse battery staple");

    assertThat(hasher.matches("correct horse battery staple", stored)).isTrue();
  }

  @Test
  void matches_WhenWrongPassword_IsFalse() {
    String stored = hasher.hash("correct horse battery staple");

    assertThat(hasher.matches("correct horse battery stapler", stored)).isFalse();
    assertThat(hasher.matches("", stored)).isFalse();
  }

  @Test
  void hash_WhenDefaultIterations_IsSelfDescribingPbkdf2WithOwaspCount() {
    String stored = new PasswordHasher().hash("correct horse battery staple");

    assertThat(stored).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    PasswordHash parsed = PasswordHash.parse(stored);
    assertThat(parsed.iterations()).isEqualTo(210_000);
    assertThat(parsed.salt()).hasSize(16);
    assertThat(parsed.hash()).hasSize(32);
  }

  @Test
  void hash_WhenSamePasswordTwice_UsesFreshSalt() {
    String first = hasher.hash("correct horse battery staple");
    String second = hasher.hash("correct horse battery staple");

    assertThat(first).isNotEqualTo(second);
    assertThat(PasswordHash.parse(first).salt()).isNotEqualTo(PasswordHash.parse(second).salt());
  }

  @Test
  void matches_WhenStoredWithFewerIterations_UsesTheStoredCountAndIsOutdated() {
    String old = new PasswordHasher(500).hash("correct horse battery staple");

    assertThat(PasswordHash.parse(old).iterations()).isEqualTo(500);
    assertThat(hasher.matches("correct horse battery staple", old)).isTrue();
    assertThat(hasher.isOutdated(old)).isTrue();
    assertThat(hasher.isOutdated(hasher.hash("correct horse battery staple"))).isFalse();
  }

  @Test
  void matches_WhenStoredValueIsNotAHash_IsFalse() {
    assertThat(hasher.matches("x", "plain-text-password")).isFalse();
    assertThat(hasher.matches("x", "bcrypt$10$abc$def")).isFalse();
    assertThat(hasher.matches("x", "pbkdf2-sha256$many$abc$def")).isFalse();
  }

  @Test
  void parse_WhenFormatted_GivesTheSameHash() {
    PasswordHash hash = PasswordHash.parse(hasher.hash("correct horse battery staple"));

    assertThat(PasswordHash.parse(hash.format())).isEqualTo(hash);
    assertThat(hash.toString()).doesNotContain(hash.format().substring(20));
  }
}
