package org.healthcode.platform.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.healthcode.platform.HealthCodeModule;
import org.healthcode.platform.database.Migrations;

/** Reads the deployment's facts; the database part goes through Hibernate on the JTA source. */
@ApplicationScoped
public class SystemInfoService {

  @PersistenceContext(unitName = "platform")
  EntityManager entityManager;

  @Inject Migrations migrations;

  private final String version = readVersion();

  @Transactional(Transactional.TxType.SUPPORTS)
  public SystemInfo current() {
    List<HealthCodeModule> modules = migrations.modulesInOrder();
    String serverVersion =
        (String) entityManager.createNativeQuery("SELECT VERSION()").getSingleResult();
    int applied = 0;
    for (HealthCodeModule module : modules) {
      // table names cannot be bound as parameters; module names are our own constants
      Number count =
          (Number)
              entityManager
                  .createNativeQuery(
                      "SELECT COUNT(*) FROM "
                          + module.name()
                          + "_schema_history WHERE success = 1 AND type <> 'BASELINE'")
                  .getSingleResult();
      applied += count.intValue();
    }
    String vendor = serverVersion.toLowerCase().contains("mariadb") ? "MariaDB" : "MySQL";
    return new SystemInfo(
        version,
        modules.stream().map(HealthCodeModule::name).toList(),
        new DatabaseInfo(vendor, serverVersion, applied));
  }

  private static String readVersion() {
    try (InputStream in = SystemInfoService.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
