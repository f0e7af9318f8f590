package org.healthcode.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The module boundaries, declared once for any root package so the same rules can be shown to fail
 * on a deliberately broken fixture (see {@code ModuleBoundariesTest}).
 */
final class ModuleRules {

  static final List<String> MODULES = List.of("identity", "declaration", "status", "venue");

  private ModuleRules() {}

  /** Another module may use only a module's {@code api} package. */
  static ArchRule onlyApiIsShared(String root) {
    List<ArchRule> rules =
        MODULES.stream()
            .map(
                module ->
                    (ArchRule)
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(root + "." + module + "..")
                            .should()
                            .dependOnClassesThat(
                                resideInAPackage(root + "." + module + "..")
                                    .and(not(resideInAPackage(root + "." + module + ".api..")))))
            .toList();
    return CompositeArchRule.of(rules)
        .as("modules use one another only through their api packages");
  }

  /** No module depends, even through its api, on a module that depends back on it. */
  static ArchRule modulesFormNoCycle(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** The shared kernel knows no business module. */
  static ArchRule platformKnowsNoModule(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            MODULES.stream().map(m -> root + "." + m + "..").toArray(String[]::new));
  }

  /** Domain code holds rules, not transport: no GraphQL, servlet or JSON binding in it. */
  static ArchRule domainIsPure(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eclipse.microprofile.graphql..",
            "io.smallrye.graphql..",
            "graphql..",
            "jakarta.servlet..",
            "jakarta.json..")
        .allowEmptyShould(true);
  }
}
