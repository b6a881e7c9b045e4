package org.mixedmovements.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The design rules the code must keep: modules without cycles, views through services, Camunda behind workflow. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mixedmovements.tracker");

    @Test
    void theFeatureModulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        ApplicationModules modules = ApplicationModules.of(TrackerApplication.class);
        modules.verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void viewsNeverReachARepository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call application services only")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkflowPackageImportsCamunda() {
        noClasses().that().resideOutsideOfPackage("org.mixedmovements.tracker.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("features speak of decisions and milestones, not of executions and tasks")
                .check(CLASSES);
    }
}
