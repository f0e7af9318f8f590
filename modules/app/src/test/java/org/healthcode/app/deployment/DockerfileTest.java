package org.healthcode.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker files cannot be built here (no Docker engine), so what can be checked without one is
 * checked: the image runs the Liberty version the build tests, on the Java release it compiles for,
 * on kernel-slim with features.sh, as a non-root user, and compose gives it the keys docker/keys.sh
 * writes.
 */
class DockerfileTest {

  private static final Path ROOT = Path.of("../..");

  @Test
  void dockerfile_PinsTheLibertyVersionTheBuildTests() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
    assertThat(dockerfile)
        .contains("ARG LIBERTY_VERSION=" + pomProperty("liberty.runtime.version") + "\n")
        .contains("open-liberty:${LIBERTY_VERSION}-kernel-slim-")
        .contains("RUN features.sh")
        .contains("USER 1001")
        .contains("ENV HEALTHCODE_MODE=production");
  }

  @Test
  void dockerfile_BuildsAndRunsOnTheJavaTheBuildTargets() throws IOException {
    String release = pomProperty("maven.compiler.release");
    assertThat(Files.readString(ROOT.resolve("docker/Dockerfile")))
        .contains("FROM maven:3.9-eclipse-temurin-" + release + " AS build")
        .contains("-kernel-slim-java" + release + "-openj9-");
  }

  private static String pomProperty(String name) throws IOException {
    Matcher property =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(property.find()).as(name).isTrue();
    return property.group(1);
  }

  @Test
  void compose_StartsInProductionWithTheGeneratedKeys() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
    assertThat(compose)
        .contains("HEALTHCODE_MODE: production")
        .contains("keys/healthcode.env")
        .contains("keys/database.env")
        .doesNotContain("change-me");
    assertThat(Files.readString(ROOT.resolve(".gitignore"))).contains("docker/keys/");
    assertThat(Files.readString(ROOT.resolve(".dockerignore")))
        .contains("docker/keys")
        .contains("**/target");
  }
}
