package org.healthcode.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads exists in both languages (DESIGN §9): each {@code *_zh_CN.properties}
 * under a module's src/main has an English twin {@code *_en.properties} with exactly the same keys,
 * each web page bundle ({@code webapp/i18n/*.json}) has the same keys as the others, and every
 * error code of every module has a text ({@code error.<CODE>}).
 */
class BundleParityTest {

  private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
    List<Path> chinese = find("_zh_CN.properties");
    assertThat(chinese).as("bundles found under " + MODULES).hasSizeGreaterThanOrEqualTo(5);
    for (Path zh : chinese) {
      Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN.", "_en."));
      assertThat(en).as("English twin of " + zh).exists();
      assertSameKeys(zh, keys(zh), en, keys(en));
    }
    for (Path en : find("_en.properties")) {
      Path zh = en.resolveSibling(en.getFileName().toString().replace("_en.", "_zh_CN."));
      assertThat(zh).as("Chinese twin of " + en).exists();
    }
  }

  @Test
  void everyWebBundleHasTheSameKeys() throws IOException {
    Path dir = MODULES.resolve("app/src/main/webapp/i18n");
    Set<String> zh = jsonKeys(dir.resolve("zh-CN.json"));
    Set<String> en = jsonKeys(dir.resolve("en.json"));
    assertThat(zh).as("keys of zh-CN.json").isNotEmpty();
    assertSameKeys(dir.resolve("zh-CN.json"), zh, dir.resolve("en.json"), en);
  }

  /**
   * Every text key a page's script names as a whole literal ({@code t('console.next')}, or a
   * section's {@code label: 'authority.tab.queue'}) is in the bundle: a missing one would show the
   * key itself on screen.
   */
  @Test
  void everyTextKeyAScriptNamesIsInTheBundle() throws IOException {
    Path webapp = MODULES.resolve("app/src/main/webapp");
    Set<String> zh = jsonKeys(webapp.resolve("i18n/zh-CN.json"));
    java.util.regex.Pattern literal =
        java.util.regex.Pattern.compile(
            "(?:\\bt\\(|label: |titleKey: |noRoleKey: |empty: )'([a-zA-Z][\\w.]*[\\w])'(?!\\s*\\+)");
    Set<String> missing = new TreeSet<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(webapp.resolve("js"))) {
      for (Path js : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        java.util.regex.Matcher m = literal.matcher(Files.readString(js));
        while (m.find()) {
          found++;
          if (!zh.contains(m.group(1))) {
            missing.add(m.group(1) + " (" + js.getFileName() + ")");
          }
        }
      }
    }
    assertThat(found).as("keys found in the scripts").isGreaterThan(100);
    assertThat(missing).as("keys the scripts name but the bundle lacks").isEmpty();
  }

  @Test
  void everyErrorCodeHasATextInBothLanguages() throws ReflectiveOperationException {
    List<Messages> bundles = new ArrayList<>();
    for (String module : List.of("platform", "identity", "declaration", "status", "venue")) {
      bundles.add(Messages.of("org.healthcode." + module + ".i18n.messages", getClass()));
    }
    List<Class<?>> codeClasses =
        List.of(
            ErrorCodes.class,
            Class.forName("org.healthcode.identity.domain.IdentityErrorCodes"),
            Class.forName("org.healthcode.declaration.domain.DeclarationErrorCodes"),
            Class.forName("org.healthcode.status.api.StatusErrorCodes"),
            Class.forName("org.healthcode.venue.api.VenueErrorCodes"));
    for (Class<?> codes : codeClasses) {
      for (Field field : codes.getFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
          continue;
        }
        String code = (String) field.get(null);
        for (Language language : Language.values()) {
          assertThat(
                  bundles.stream()
                      .anyMatch(
                          b -> b.find(language, "error." + code, java.util.Map.of()).isPresent()))
              .as("error." + code + " in " + language)
              .isTrue();
        }
      }
    }
  }

  /**
   * The gate page says offline exactly what the server says online (docs/adr/0036): its {@code
   * gate.*} texts are the venue module's, word for word, in both languages.
   */
  @Test
  void theGatePagesOfflineTextsAreTheServersGateTexts() throws IOException {
    Path webapp = MODULES.resolve("app/src/main/webapp/i18n");
    Path venue = MODULES.resolve("venue/src/main/resources/org/healthcode/venue/i18n");
    for (String[] pair :
        List.of(
            new String[] {"zh-CN.json", "messages_zh_CN.properties"},
            new String[] {"en.json", "messages_en.properties"})) {
      Properties server = new Properties();
      try (Reader reader =
          Files.newBufferedReader(venue.resolve(pair[1]), StandardCharsets.UTF_8)) {
        server.load(reader);
      }
      JsonObject page;
      try (JsonReader reader =
          Json.createReader(
              Files.newBufferedReader(webapp.resolve(pair[0]), StandardCharsets.UTF_8))) {
        page = reader.readObject();
      }
      java.util.Map<String, String> serverGate = new java.util.TreeMap<>();
      server.stringPropertyNames().stream()
          .filter(k -> k.startsWith("gate."))
          .forEach(k -> serverGate.put(k, server.getProperty(k)));
      java.util.Map<String, String> pageGate = new java.util.TreeMap<>();
      page.keySet().stream()
          .filter(k -> k.startsWith("gate."))
          .forEach(k -> pageGate.put(k, page.getString(k)));
      assertThat(serverGate).as("the server's gate texts").isNotEmpty();
      assertThat(pageGate).as("gate.* of " + pair[0]).isEqualTo(serverGate);
    }
  }

  private static void assertSameKeys(Path a, Set<String> aKeys, Path b, Set<String> bKeys) {
    Set<String> onlyA = new TreeSet<>(aKeys);
    onlyA.removeAll(bKeys);
    Set<String> onlyB = new TreeSet<>(bKeys);
    onlyB.removeAll(aKeys);
    assertThat(onlyA).as("keys only in " + a).isEmpty();
    assertThat(onlyB).as("keys only in " + b).isEmpty();
  }

  private static List<Path> find(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(MODULES)) {
      return files
          .filter(p -> p.toString().contains("/src/main/"))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  private static Set<String> keys(Path properties) throws IOException {
    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
      loaded.load(reader);
    }
    return new TreeSet<>(loaded.stringPropertyNames());
  }

  private static Set<String> jsonKeys(Path file) throws IOException {
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      JsonObject object = reader.readObject();
      return new TreeSet<>(object.keySet());
    }
  }
}
