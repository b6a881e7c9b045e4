package org.mixedmovements.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The design rules the code must keep: modules without cycles, views through services, Camunda behind workflow. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mixedmovements.tracker");

    static final ApplicationModules MODULES = ApplicationModules.of(TrackerApplication.class);

    @Test
    void theFeatureModulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    /**
     * docs/modules.md and the module diagrams in docs/modules are the code's: refreshed with
     * {@code -Dtracker.docs.refresh=true}, otherwise compared with what the code says now.
     */
    @Test
    void theModuleTableAndDiagramsInTheDocsAreTheOnesTheCodeDescribes() throws IOException {
        Path generated = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml();
        String table = ModuleTable.of(MODULES);
        String diagram = Files.readString(generated.resolve("components.puml"));
        Path committedDiagram = Path.of("docs", "modules", "components.puml");
        if (Boolean.getBoolean("tracker.docs.refresh")) {
            Files.createDirectories(committedDiagram.getParent());
            Files.writeString(ModuleTable.FILE, table);
            // rewritten only when its lines changed: the Documenter's order is not stable
            if (!Files.exists(committedDiagram) || !new java.util.HashSet<>(Files.readAllLines(committedDiagram))
                    .equals(new java.util.HashSet<>(diagram.lines().toList()))) {
                Files.writeString(committedDiagram, diagram);
            }
        }
        String refresh = "docs are out of date: run mvn test -Dtest=ArchitectureTest -Dtracker.docs.refresh=true";
        assertThat(Files.readString(ModuleTable.FILE)).as(refresh).isEqualTo(table);
        // the Documenter writes the diagram's lines in no fixed order: compare them as a set
        assertThat(Files.readAllLines(committedDiagram)).as(refresh)
                .containsExactlyInAnyOrderElementsOf(diagram.lines().toList());
    }

    @Test
    void viewsNeverReachARepository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call application services only")
                .check(CLASSES);
    }

    /** One convention for application services: what a view calls is a Service, a Queries or an Administration. */
    @Test
    void viewsCallApplicationServicesNamedByTheConvention() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are services not named *Service, *Queries or *Administration",
                        (JavaClass c) -> c.isAnnotatedWith(org.springframework.stereotype.Service.class)
                                && !c.getSimpleName().matches(".*(Service|Queries|Administration)")))
                .because("views call application services only, named so a newcomer finds them (docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkflowPackageImportsCamunda() {
        noClasses().that().resideOutsideOfPackage("org.mixedmovements.tracker.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("features speak of decisions and milestones, not of executions and tasks")
                .check(CLASSES);
    }

    /**
     * The classes that use the engine's internal API ({@code org.camunda.bpm.engine.impl}), each with its reason in
     * docs/adr/0008-engine-end-of-life.md: a continuation of Camunda 7 keeps its public API and may change the rest.
     */
    static final List<String> USE_THE_ENGINES_INTERNALS = List.of(
            "org.mixedmovements.tracker.workflow.EngineClock",
            "org.mixedmovements.tracker.workflow.EngineClock$ZonedEngineClock",
            "org.mixedmovements.tracker.workflow.EngineTimeTravel",
            "org.mixedmovements.tracker.workflow.WorkItems");

    @Test
    void onlyTheClassesTheEndOfLifeRecordListsUseTheEnginesInternalApi() {
        noClasses().that(DescribedPredicate.describe("are not listed in docs/adr/0008-engine-end-of-life.md",
                        (JavaClass c) -> !USE_THE_ENGINES_INTERNALS.contains(c.getName())))
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("internal classes may change in any release of the engine or of its continuations")
                .check(CLASSES);
    }

    /** The application's clock (workflow.EngineClock) is the only one: these calls read the system's instead. */
    static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK = new DescribedPredicate<>(
            "read the system clock (now() without a Clock, Clock.system*, System.currentTimeMillis, new Date())") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
            return owner.startsWith("java.time.") && name.equals("now") && !parameters.equals(List.of(Clock.class.getName()))
                    || owner.equals(Clock.class.getName()) && name.startsWith("system")
                    || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                    || owner.equals(Date.class.getName()) && name.equals("<init>") && parameters.isEmpty()
                    || owner.equals(Calendar.class.getName()) && name.equals("getInstance");
        }
    };

    @Test
    void everyReadOfNowGoesThroughTheApplicationsClock() {
        noClasses().that().doNotHaveFullyQualifiedName("org.mixedmovements.tracker.workflow.EngineClock")
                .should().callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
                .because("tests set the application's clock, and a timer and a rule must never disagree about the time")
                .check(CLASSES);
    }

    @Test
    void onlyTheClockAndTheDemosTimeTravelSetTheEnginesClock() {
        noClasses().that().doNotHaveFullyQualifiedName("org.mixedmovements.tracker.workflow.EngineClock")
                .and().doNotHaveFullyQualifiedName("org.mixedmovements.tracker.workflow.EngineClock$ZonedEngineClock")
                .and().doNotHaveFullyQualifiedName("org.mixedmovements.tracker.workflow.EngineTimeTravel")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.impl.util.ClockUtil")
                .because("everything else reads the time from the Clock bean")
                .check(CLASSES);
    }

    @Test
    void theClockRuleCatchesEachWayOfReadingTheSystemClock() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);
        for (String method : List.of("instant", "localDate", "zoned", "clock", "millis", "date")) {
            assertThat(offenders.get(ReadsTheSystemClock.class).getMethod(method).getCallsFromSelf())
                    .as(method).anyMatch(READS_THE_SYSTEM_CLOCK);
        }
        assertThat(offenders.get(ReadsTheSystemClock.class).getMethod("allowed", Clock.class).getCallsFromSelf())
                .noneMatch(READS_THE_SYSTEM_CLOCK);
    }

    /** Every way of reading the system clock the rule must catch, and the one it must allow. */
    @SuppressWarnings("unused")
    static final class ReadsTheSystemClock {
        Object instant() { return java.time.Instant.now(); }
        Object localDate() { return java.time.LocalDate.now(java.time.ZoneOffset.UTC); }
        Object zoned() { return java.time.ZonedDateTime.now(); }
        Object clock() { return Clock.systemUTC(); }
        Object millis() { return System.currentTimeMillis(); }
        Object date() { return new Date(); }
        Object allowed(Clock clock) { return java.time.LocalDate.now(clock); }
    }
}
