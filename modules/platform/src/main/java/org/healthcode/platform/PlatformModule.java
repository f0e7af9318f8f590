package org.healthcode.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The platform's own tables (the audit log) are migrated like any module's. */
@ApplicationScoped
public class PlatformModule implements HealthCodeModule {

  @Override
  public String name() {
    return "platform";
  }

  @Override
  public List<String> productionSecrets() {
    return List.of(
        "healthcode.jwt.signing-key", "mp.jwt.verify.publickey.location|mp.jwt.verify.publickey");
  }
}
