package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.healthcode.app.it.PublicQueries.DocumentTypeInfo;
import org.healthcode.app.it.PublicQueries.SystemInfo;
import org.healthcode.app.it.PublicQueries.VenueCategoryInfo;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.healthcode.app.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

class SystemInfoIT extends DeployedApplication {

  private final PublicQueries api = Api.typed(PublicQueries.class);

  @Test
  void systemInfo_WhenDatabaseIsUp_ReportsWhatMariaDbSays() throws SQLException {
    SystemInfo info = api.systemInfo();

    assertThat(info.version()).isNotBlank();
    assertThat(info.modules())
        .containsExactly("platform", "declaration", "identity", "status", "venue");
    assertThat(info.database().vendor()).isEqualTo("MariaDB");
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      assertThat(info.database().version()).isEqualTo(single(statement, "SELECT VERSION()"));
      int applied = 0;
      for (String module : info.modules()) {
        applied +=
            Integer.parseInt(
                single(
                    statement,
                    "SELECT COUNT(*) FROM "
                        + module
                        + "_schema_history WHERE success = 1 AND type <> 'BASELINE'"));
      }
      assertThat(info.database().migrationsApplied()).isPositive().isEqualTo(applied);
    }
  }

  @Test
  void referenceData_WhenAsked_EachModuleAnswersFromItsOwnJar() {
    assertThat(api.documentTypes())
        .extracting(DocumentTypeInfo::type)
        .containsExactly(
            "RESIDENT_ID_CARD",
            "HK_MACAO_TRAVEL_PERMIT",
            "TAIWAN_TRAVEL_PERMIT",
            "HMT_RESIDENCE_PERMIT",
            "PASSPORT",
            "FOREIGNER_PERMANENT_RESIDENCE_ID");
    assertThat(api.documentTypes())
        .extracting(DocumentTypeInfo::vendorCode)
        .containsExactly(10, 14, 15, null, 20, 34);
    assertThat(api.symptoms()).hasSize(7);
    assertThat(api.colours())
        .extracting(PublicQueries.ColourInfo::colour)
        .containsExactly("GREEN", "ORANGE", "RED");
    assertThat(api.venueCategories()).hasSize(15);
    assertThat(api.venueCategories())
        .filteredOn(VenueCategoryInfo::admitsEveryColour)
        .extracting(VenueCategoryInfo::category)
        .containsExactly("MEDICAL_INSTITUTION");
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
