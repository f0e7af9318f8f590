package org.healthcode.app.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Changes the running test server's configuration as an operator would, without a restart: a file
 * in {@code configDropins/overrides} with Liberty variables, which Liberty reads within a second
 * and MicroProfile Config then answers (the application looks at its keys every 5 s).
 */
public final class ServerConfig {

  private ServerConfig() {}

  private static Path overrides() {
    return Path.of(
        System.getProperty("healthcode.it.wlpHome"),
        "usr",
        "servers",
        System.getProperty("healthcode.it.serverName"),
        "configDropins",
        "overrides");
  }

  /** Writes (or replaces) the override {@code name}.xml with these variables. */
  public static void override(String name, Map<String, String> variables) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
    variables.forEach(
        (key, value) ->
            xml.append("  <variable name=\"")
                .append(key)
                .append("\" value=\"")
                .append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                .append("\"/>\n"));
    xml.append("</server>\n");
    try {
      Files.createDirectories(overrides());
      Files.writeString(overrides().resolve(name + ".xml"), xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void remove(String name) {
    try {
      Files.deleteIfExists(overrides().resolve(name + ".xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls until the condition holds, at most {@code seconds}; whether it did. */
  public static boolean await(int seconds, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(250);
    }
    return condition.getAsBoolean();
  }
}
