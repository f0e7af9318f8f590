package org.healthcode.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** All module boundaries, checked once over the whole application (CONVENTIONS 4). */
class ModuleBoundariesTest {

  private static final String ROOT = "org.healthcode";
  private static final String FIXTURE = "org.healthcode.app.architecture.fixture";

  private static JavaClasses application;
  private static JavaClasses brokenFixture;

  @BeforeAll
  static void importClasses() {
    application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    brokenFixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void modules_InTheApplication_UseEachOtherOnlyThroughApi() {
    ModuleRules.onlyApiIsShared(ROOT).check(application);
  }

  @Test
  void modules_InTheApplication_FormNoCycle() {
    ModuleRules.modulesFormNoCycle(ROOT).check(application);
  }

  @Test
  void platform_InTheApplication_KnowsNoModule() {
    ModuleRules.platformKnowsNoModule(ROOT).check(application);
  }

  @Test
  void domain_InTheApplication_IsFreeOfTransport() {
    ModuleRules.domainIsPure(ROOT).check(application);
  }

  @Test
  void api_InTheApplication_HoldsContractsOnly() {
    ModuleRules.apiIsAContract(ROOT).check(application);
  }

  @Test
  void domain_InTheApplication_DependsOnlyOnDomainAndApi() {
    ModuleRules.domainDependsOnlyOnDomainAndApi(ROOT).check(application);
  }

  @Test
  void modules_InTheApplication_HaveOneLayout() {
    ModuleRules.oneLayoutPerModule(ROOT).check(application);
  }

  @Test
  void entities_InTheApplication_LiveInDomainOrArePersistenceRows() {
    ModuleRules.entitiesLiveInDomainOrArePersistenceRows(ROOT).check(application);
  }

  @Test
  void application_InTheApplication_ReachesStorageThroughDomain() {
    ModuleRules.applicationReachesStorageThroughDomain(ROOT).check(application);
  }

  @Test
  void applicationReachesStorageThroughDomain_WhenAUseCaseInjectsTheJpaClass_Fails() {
    assertThatThrownBy(
            () -> ModuleRules.applicationReachesStorageThroughDomain(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.status.application.ObservationTimers")
        .hasMessageContaining("fixture.status.persistence.JpaHealthCodeRepository");
  }

  @Test
  void applicationReachesStorageThroughDomain_WhenAUseCaseHoldsAnEntityManager_Fails() {
    assertThatThrownBy(
            () -> ModuleRules.applicationReachesStorageThroughDomain(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.identity.application.SignInCodeOutbox")
        .hasMessageContaining("jakarta.persistence.EntityManager");
  }

  @Test
  void onlyApiIsShared_WhenAModuleReachesIntoAnothersDomain_Fails() {
    assertThatThrownBy(() -> ModuleRules.onlyApiIsShared(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.venue.graphql.CheckInApi")
        .hasMessageContaining("fixture.identity.domain.Person");
  }

  @Test
  void modulesFormNoCycle_WhenTwoApisUseEachOther_Fails() {
    assertThatThrownBy(() -> ModuleRules.modulesFormNoCycle(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void domainIsPure_WhenANestedDomainPackageUsesJsonBinding_Fails() {
    assertThatThrownBy(() -> ModuleRules.domainIsPure(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.status.counts.domain.CountTable")
        .hasMessageContaining("jakarta.json.JsonObject");
  }

  @Test
  void apiIsAContract_WhenApiHoldsACdiBeanUsingPersistence_Fails() {
    assertThatThrownBy(() -> ModuleRules.apiIsAContract(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.identity.api.DeviceCredentials")
        .hasMessageContaining("ApplicationScoped")
        .hasMessageContaining("fixture.identity.persistence.StaffAccountRepository");
  }

  @Test
  void domainDependsOnlyOnDomainAndApi_WhenANestedDomainClassUsesPersistence_Fails() {
    assertThatThrownBy(
            () -> ModuleRules.domainDependsOnlyOnDomainAndApi(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.identity.domain.staff.StaffAccounts")
        .hasMessageContaining("fixture.identity.persistence.StaffAccountRepository");
  }

  @Test
  void oneLayoutPerModule_WhenAModuleHasASecondLayout_Fails() {
    assertThatThrownBy(() -> ModuleRules.oneLayoutPerModule(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.status.counts.domain.CountTable");
  }

  @Test
  void entitiesLiveInDomainOrArePersistenceRows_WhenAnEntityOrARowIsElsewhere_Fails() {
    assertThatThrownBy(
            () ->
                ModuleRules.entitiesLiveInDomainOrArePersistenceRows(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.venue.persistence.Visit")
        .hasMessageContaining("fixture.venue.application.CheckIns");
  }

  @Test
  void apiOperations_InTheApplication_StateWhoMayCall() {
    ModuleRules.apiOperationsStateWhoMayCall(ROOT).check(application);
  }

  @Test
  void apiOperationsStateWhoMayCall_WhenAnOperationStatesNoneOrAPortIsCalledFromOutside_Fails() {
    assertThatThrownBy(() -> ModuleRules.apiOperationsStateWhoMayCall(FIXTURE).check(brokenFixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.status.api.CurrentColours.colourAt(")
        .hasMessageNotContaining("fixture.status.api.CurrentColours.colourOf(")
        .hasMessageContaining("fixture.venue.application.Notices")
        .hasMessageContaining("fixture.status.api.NotificationChannel.deliver(");
  }
}
