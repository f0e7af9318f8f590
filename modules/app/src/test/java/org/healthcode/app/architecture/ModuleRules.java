package org.healthcode.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;
import org.healthcode.platform.security.CallableBy;
import org.healthcode.platform.security.DeliverySpi;

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
    return domainUsesNoneOf(
            root,
            "org.eclipse.microprofile.graphql..",
            "io.smallrye.graphql..",
            "graphql..",
            "jakarta.servlet..",
            "jakarta.json..")
        .allowEmptyShould(true);
  }

  private static ArchRule domainUsesNoneOf(String root, String... packages) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages);
  }

  /**
   * A module's {@code api} is its contract only: interfaces, records, enums and events. No CDI
   * bean, no transaction, no persistence, and nothing of the module's own implementation. One named
   * exception: identity's {@code Regions}, static read-only reference data (GB/T 2260 and ISO 3166
   * tables) that declaration's domain validates against; it reads identity's tables of codes and
   * has no state, transaction or bean.
   */
  static ArchRule apiIsAContract(String root) {
    ArchRule noBeans =
        noClasses()
            .that()
            .resideInAPackage(root + ".*.api..")
            .should()
            .beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .orShould()
            .beAnnotatedWith("jakarta.enterprise.context.RequestScoped")
            .orShould()
            .beAnnotatedWith("jakarta.enterprise.context.Dependent")
            .orShould()
            .beAnnotatedWith("jakarta.inject.Singleton")
            .orShould()
            .beAnnotatedWith("jakarta.ejb.Stateless")
            .orShould()
            .beAnnotatedWith("jakarta.ejb.Singleton");
    ArchRule noImplementation =
        noClasses()
            .that()
            .resideInAPackage(root + ".*.api..")
            .and()
            .doNotHaveFullyQualifiedName(root + ".identity.api.Regions")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "jakarta.persistence..",
                "jakarta.transaction..",
                "jakarta.inject..",
                "java.sql..",
                "javax.sql..",
                root + ".*.domain..",
                root + ".*.application..",
                root + ".*.persistence..",
                root + ".*.graphql..");
    return CompositeArchRule.of(noBeans)
        .and(noImplementation)
        .as("a module's api holds contracts only: no CDI bean, no persistence, no implementation");
  }

  /**
   * A module's {@code domain} depends on nothing of the application but domain and api packages
   * (and the platform kernel): never on application services, persistence or GraphQL.
   */
  static ArchRule domainDependsOnlyOnDomainAndApi(String root) {
    return domainUsesNoneOf(
            root, root + "..application..", root + "..persistence..", root + "..graphql..")
        .as("domain depends only on domain and api (and the platform kernel)");
  }

  /**
   * Every business module has one layout: its module class at the top, all else in {@code api},
   * {@code domain}, {@code application}, {@code persistence} or {@code graphql} (sub-packages
   * inside a layer allowed).
   */
  static ArchRule oneLayoutPerModule(String root) {
    List<ArchRule> rules =
        MODULES.stream()
            .map(
                module -> {
                  String base = root + "." + module;
                  return (ArchRule)
                      classes()
                          .that()
                          .resideInAPackage(base + "..")
                          .should()
                          .resideInAnyPackage(
                              base,
                              base + ".api..",
                              base + ".domain..",
                              base + ".application..",
                              base + ".persistence..",
                              base + ".graphql..")
                          .allowEmptyShould(true);
                })
            .toList();
    return CompositeArchRule.of(rules)
        .as("each module is laid out as api, domain, application, persistence, graphql");
  }

  /**
   * Where entities live (docs/adr/0037): a JPA entity is a domain class in {@code domain}; the one
   * other kind is a {@code *Row}, a table's shape in {@code persistence} that its repository maps
   * to a domain record and that nothing outside {@code persistence} sees.
   */
  static ArchRule entitiesLiveInDomainOrArePersistenceRows(String root) {
    ArchRule placed =
        classes()
            .that()
            .resideInAnyPackage(
                MODULES.stream().map(m -> root + "." + m + "..").toArray(String[]::new))
            .and()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .should(
                ArchConditions.be(
                    resideInAPackage(root + "..domain..")
                        .or(
                            resideInAPackage(root + "..persistence..")
                                .and(simpleNameEndingWith("Row")))
                        .as("in domain, or a *Row in persistence")))
            .allowEmptyShould(true);
    ArchRule rowsStayInPersistence =
        noClasses()
            .that()
            .resideOutsideOfPackage(root + "..persistence..")
            .should()
            .dependOnClassesThat(
                resideInAPackage(root + "..persistence..").and(simpleNameEndingWith("Row")))
            .allowEmptyShould(true);
    return CompositeArchRule.of(placed)
        .and(rowsStayInPersistence)
        .as("entities live in domain; a *Row is persistence's own and stays there");
  }

  /**
   * Use cases reach storage through an interface in {@code domain} with its implementation in
   * {@code persistence} (cargotracker's {@code CargoRepository} / {@code JpaCargoRepository},
   * docs/adr/0039): no class of a module's {@code persistence} is used by its {@code application},
   * and no use case holds an entity manager or a data source to write a table itself.
   */
  static ArchRule applicationReachesStorageThroughDomain(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + "..persistence..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("javax.sql.DataSource")
        .allowEmptyShould(true)
        .as("application code uses storage through domain interfaces, not persistence classes");
  }

  /**
   * Every operation of a module's contract states who may call it (docs/adr/0044): each method of
   * each interface in an {@code api} package carries {@link CallableBy}, which its implementation
   * enforces. A {@link DeliverySpi} (a way out of its module, such as SMS or push) is no operation
   * and states none, so no other module may call it.
   */
  static ArchRule apiOperationsStateWhoMayCall(String root) {
    ArchRule stated =
        methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(root + ".*.api..")
            .and()
            .areDeclaredInClassesThat()
            .areInterfaces()
            .and()
            .areDeclaredInClassesThat()
            .areNotAnnotatedWith(DeliverySpi.class)
            .and()
            .doNotHaveModifier(JavaModifier.STATIC)
            .should()
            .beAnnotatedWith(CallableBy.class);
    List<ArchRule> portsStayHome =
        MODULES.stream()
            .map(
                module ->
                    (ArchRule)
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(root + "." + module + "..")
                            .should()
                            .callMethodWhere(deliverySpiOf(root + "." + module + ".")))
            .toList();
    return CompositeArchRule.of(stated)
        .and(CompositeArchRule.of(portsStayHome))
        .as(
            "every operation of a module's api states who may call it, and only its own module"
                + " calls a delivery port");
  }

  private static DescribedPredicate<JavaMethodCall> deliverySpiOf(String modulePrefix) {
    return DescribedPredicate.describe(
        "a delivery port of " + modulePrefix + "*",
        call ->
            call.getTargetOwner().isAnnotatedWith(DeliverySpi.class)
                && call.getTargetOwner().getPackageName().startsWith(modulePrefix));
  }
}
