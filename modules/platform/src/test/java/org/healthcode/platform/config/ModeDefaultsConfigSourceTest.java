package org.healthcode.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModeDefaultsConfigSourceTest {

  @Test
  void fieldVisibility_InDevelopment_AllowsIntrospection() {
    assertThat(
            new ModeDefaultsConfigSource("development")
                .getValue("smallrye.graphql.fieldVisibility"))
        .isEqualTo("default");
  }

  @Test
  void fieldVisibility_InProductionOrUnset_HidesIntrospection() {
    assertThat(
            new ModeDefaultsConfigSource("production").getValue("smallrye.graphql.fieldVisibility"))
        .isEqualTo("no-introspection");
    assertThat(new ModeDefaultsConfigSource(null).getValue("smallrye.graphql.fieldVisibility"))
        .isEqualTo("no-introspection");
  }

  @Test
  void ordinal_WhenComparedWithTheDefaultSources_IsBelowThemAll() {
    // microprofile-config.properties is 100, environment 300, system properties 400
    assertThat(new ModeDefaultsConfigSource("development").getOrdinal()).isLessThan(100);
  }

  @Test
  void jwtVerificationKey_InProduction_HasNoDefault() {
    assertThat(
            new ModeDefaultsConfigSource("production").getValue("mp.jwt.verify.publickey.location"))
        .isNull();
    assertThat(
            new ModeDefaultsConfigSource("development")
                .getValue("mp.jwt.verify.publickey.location"))
        .isEqualTo("META-INF/healthcode/dev-jwt-public.pem");
  }
}
