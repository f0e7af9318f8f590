package org.healthcode.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupReportTest {

  @Test
  void environmentName_IsMicroProfileConfigsMapping() {
    assertThat(StartupReport.environmentName("healthcode.identity.data-keys"))
        .isEqualTo("HEALTHCODE_IDENTITY_DATA_KEYS");
    assertThat(StartupReport.environmentName("mp.jwt.verify.publickey.location"))
        .isEqualTo("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
  }

  @Test
  void database_WhenTheUrlHasCredentialsOrParameters_ShowsNeither() {
    assertThat(
            StartupReport.database(
                Optional.of("jdbc:mariadb://app:s3cret@db.example:3306/healthcode?password=x")))
        .isEqualTo("jdbc:mariadb://db.example:3306/healthcode");
  }

  @Test
  void database_WhenNotSet_SaysEmbedded() {
    assertThat(StartupReport.database(Optional.empty())).contains("embedded").contains("3307");
  }
}
