package org.healthcode.status.application.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.TokenCheck;
import org.healthcode.status.domain.code.VerifiedToken;
import org.junit.jupiter.api.Test;

class CodeSettingsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void tokens_InProductionWithoutKeys_RefuseToStart() {
    CodeSettings settings = settings(Optional.empty(), false);

    assertThatThrownBy(settings::tokens)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HEALTHCODE_STATUS_CODE_KEYS");
  }

  @Test
  void tokens_InDevelopmentWithoutKeys_SignWithTheShippedKeyAndTheConfiguredLifetime() {
    CodeSettings settings = settings(Optional.empty(), true);
    settings.lifetime = Duration.ofMinutes(2);

    String token = settings.tokens().issue(CodeId.random(), Colour.GREEN, NOW);
    TokenCheck check = settings.tokens().verify(token, NOW);

    assertThat(check).isInstanceOf(VerifiedToken.class);
    assertThat(((VerifiedToken) check).expiresAt()).contains(NOW.plusSeconds(120));
  }

  @Test
  void tokens_WithConfiguredKeysInProduction_UseThem() {
    CodeSettings settings = settings(Optional.of("k7:" + "A".repeat(43) + "="), false);

    assertThat(settings.tokens().issuePrinted(CodeId.random(), NOW)).hasSize(59);
  }

  private static CodeSettings settings(Optional<String> keys, boolean development) {
    CodeSettings settings = new CodeSettings();
    settings.keys = keys;
    settings.lifetime = Duration.ofMinutes(5);
    settings.printedLifetime = Duration.ofDays(365);
    settings.mode =
        new RuntimeMode() {
          @Override
          public boolean isDevelopment() {
            return development;
          }
        };
    return settings;
  }
}
