package org.healthcode.app.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one deployment every integration test runs against: the real war the build produced, on the
 * test Liberty server Arquillian starts once per test run, over a real MariaDB. Tests talk to it
 * only over HTTP (black box), through {@link Api}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

  @Deployment(testable = false)
  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("healthcode.it.war")));
  }
}
