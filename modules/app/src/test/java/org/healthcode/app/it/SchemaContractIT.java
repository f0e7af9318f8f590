package org.healthcode.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.DeployedApplication;
import org.junit.jupiter.api.Test;

/**
 * graphql-schema/schema.graphql is the contract front-end teams build on. It is generated from the
 * code by the running server; this test fails whenever the two differ. To regenerate it after a
 * deliberate change: {@code mvn verify -Dhealthcode.schema.write=true}, then review the diff.
 */
class SchemaContractIT extends DeployedApplication {

  @Test
  void committedSchema_WhenComparedWithTheServedOne_IsIdentical() throws IOException {
    HttpResponse<String> served = Api.get("graphql/schema.graphql");
    assertThat(served.statusCode()).isEqualTo(200);
    Path committed = Path.of(System.getProperty("healthcode.it.schemaFile"));

    if (Boolean.getBoolean("healthcode.schema.write")) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, served.body(), StandardCharsets.UTF_8);
    }

    assertThat(committed).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("graphql-schema/schema.graphql is stale: run mvn verify -Dhealthcode.schema.write=true")
        .isEqualTo(served.body());
  }
}
