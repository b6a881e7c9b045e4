package org.mixedmovements.tracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mixedmovements.tracker.planimport.ImportFiles.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.ImportPreview.LineKind;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.RecommendationDetails;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans imported by the secretariat from CSV files or an Excel workbook: all of it after a preview, or nothing. */
@TrackerTest
class PlanImportTest {

    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired ImplementationPlanService implementationPlans;
    @Autowired MyTaskService tasks;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MilestoneDependencies dependencies;

    String code;
    LocalDate due;

    @BeforeEach
    void signIn() {
        fixtures.signIn("secretariat");
        code = ImportFiles.newPlanCode();
        due = fixtures.todayInPanama().plusDays(60);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    /** Rows of every table an import writes to. */
    Map<String, Integer> counts() {
        return Map.of("plan", count("plan"), "recommendation", count("recommendation"),
                "milestone", count("milestone"), "audit", count("audit_event"));
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    ImportFile read(UploadedFile... files) {
        return importer.read(List.of(files));
    }

    List<String> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (ImportRejected rejected) {
            return rejected.details().stream()
                    .map(p -> p.sheet() + ":" + p.row() + ":" + p.column() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("the import was not refused");
    }

    @Test
    void aFileWithErrorsListsEveryOneWithSheetRowAndColumnAndChangesNothing() {
        Map<String, Integer> before = counts();
        UploadedFile plan = csv("plan.csv", "code,title,source,published_on,languages,time_zone\n"
                + code + ",Plan with errors,Tests,31/02/2024,en,America/Panama\n");
        UploadedFile recs = csv("recs.csv", "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                + "A1,First,Theme,BOTH,REGIONAL,,,Text.\n"
                + "A2,Second,Theme,BOTH,NATIONAL,XX,,Text.\n");
        UploadedFile milestones = csv("milestones.csv",
                "recommendation,title,owner,country,planned_start,due_date,evidence_required\n"
                        + "A1,Terms of reference,NOBODY,,,2024-13-45,maybe\n"
                        + "A9,Orphan,OCHA,,,01/01/2099,no\n"
                        + "A1,,OCHA,CO,,01/01/2099,no\n");
        ImportFile file = read(plan, recs, milestones);

        assertThat(problemsOf(() -> importer.preview(file, ImportProgress.NONE))).containsExactly(
                "plan.csv:2:published_on:import.error.date",
                "recs.csv:3:countries:import.error.unknown-country",
                "milestones.csv:2:owner:import.error.unknown-organisation",
                "milestones.csv:2:due_date:import.error.date",
                "milestones.csv:2:evidence_required:import.error.yes-no",
                "milestones.csv:3:recommendation:import.error.unknown-recommendation",
                "milestones.csv:4:title:validation.required",
                "milestones.csv:4:country:plan.error.regional-has-no-country");
        assertThat(problemsOf(() -> importer.importFile(file, ImportProgress.NONE))).hasSize(8);
        assertThat(counts()).isEqualTo(before);
        assertThat(plans.findByCode(code)).isEmpty();
    }

    UploadedFile twoRecommendations() {
        return csv("recs.csv", "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                + "S1,Strategy,Theme,BOTH,REGIONAL,,,Text.\n"
                + "S2,Conference,Theme,BOTH,REGIONAL,,,Text.\n");
    }

    UploadedFile planRow() {
        return csv("plan.csv", "code,title,source,published_on,languages,time_zone\n"
                + code + ",Plan with dependencies,Tests,2024-07-16,en,America/Panama\n");
    }

    @Test
    void aDependsOnThatNamesNoMilestoneOfTheFileOrACircleIsRefusedWithRowAndColumnAndNothingIsWritten() {
        Map<String, Integer> before = counts();
        String day = due.toString();
        UploadedFile milestones = csv("milestones.csv",
                "recommendation,title,owner,country,planned_start,due_date,evidence_required,depends_on\n"
                        + "S1,Consult,OCHA,,," + day + ",no,\n"
                        + "S1,Draft,OCHA,,," + day + ",no,S1#7\n"
                        + "S2,Invite,OCHA,,," + day + ",no,S2: Hold\n"
                        + "S2,Hold,OCHA,,," + day + ",no,#1\n");
        ImportFile file = read(planRow(), twoRecommendations(), milestones);

        assertThat(problemsOf(() -> importer.importFile(file, ImportProgress.NONE))).containsExactly(
                "milestones.csv:3:depends_on:import.error.milestone-reference",
                "milestones.csv:4:depends_on:import.error.milestone-cycle");
        assertThat(counts()).isEqualTo(before);
        assertThat(plans.findByCode(code)).isEmpty();
    }

    @Test
    void dependenciesWithinARecommendationAndAcrossRecommendationsOfTheFileAreImported() {
        String day = due.toString();
        UploadedFile milestones = csv("milestones.csv",
                "recommendation,title,owner,country,planned_start,due_date,evidence_required,depends_on\n"
                        + "S1,Consult,OCHA,,," + day + ",no,\n"
                        + "S1,Draft,OCHA,,," + due.plusDays(30) + ",no,#1\n"
                        + "S2,Invite,OCHA,,," + due.plusDays(10) + ",no,S1: draft\n");
        PlanImportService.Result result = importer.importFile(read(planRow(), twoRecommendations(), milestones),
                ImportProgress.NONE);

        List<RecommendationSummary> imported = recommendations.list(result.planId());
        assertThat(dependencies.ofRecommendation(imported.get(0).id()))
                .extracting(w -> w.name() + " <- " + w.predecessorName()).containsExactly("Draft <- Consult");
        assertThat(dependencies.ofRecommendation(imported.get(1).id())).singleElement().satisfies(w -> {
            assertThat(w.predecessorCode() + " " + w.predecessorName()).isEqualTo("S1 Draft");
            assertThat(w.dueBeforePredecessor()).isTrue();
        });
    }

    @Test
    void aCorrectWorkbookLandsWholeWithItsMilestonesAsAProposedPlanAndAgainKeepsEverything() {
        ImportFile file = read(ImportFiles.spanishWorkbook(code, due));
        ImportPreview preview = importer.preview(file, ImportProgress.NONE);
        assertThat(preview.planExists()).isFalse();
        assertThat(preview.count(LineKind.RECOMMENDATION, true)).isEqualTo(2);
        assertThat(preview.count(LineKind.MILESTONE, true)).isEqualTo(3);
        assertThat(preview.lines()).first().extracting(ImportPreview.Line::sheet)
                .isEqualTo("plan-" + code + ".xlsx / Recomendaciones");
        assertThat(plans.findByCode(code)).as("a preview writes nothing").isEmpty();

        PlanImportService.Result result = importer.importFile(file, ImportProgress.NONE);

        assertThat(result).extracting(PlanImportService.Result::planCreated, PlanImportService.Result::recommendationsCreated,
                PlanImportService.Result::milestonesCreated).containsExactly(true, 2, 3);
        Plan plan = plans.findByCode(code).orElseThrow();
        assertThat(plan.getPublishedOn()).isEqualTo(LocalDate.of(2024, 7, 16));
        List<RecommendationSummary> list = recommendations.list(plan.getId());
        assertThat(list).extracting(RecommendationSummary::code).containsExactly("R1", "R2");
        assertThat(list).allMatch(r -> r.status() == RecommendationStatus.NEW && r.approvedMilestones() == 0);
        assertThat(list.get(1).title()).isEqualTo("<script>alert('x')</script> Planes nacionales");
        RecommendationDetails r2 = recommendations.details(list.get(1).id());
        assertThat(r2.countries()).containsExactlyInAnyOrder("CO", "PE");
        assertThat(r2.dependsOn()).containsExactly("R1");
        assertThat(implementationPlans.currentDraft(list.get(0).id())).extracting(MilestoneDraft::name,
                MilestoneDraft::dueDate, MilestoneDraft::evidenceRequired).containsExactly(org.assertj.core.groups.Tuple
                .tuple("=HYPERLINK(\"http://example.org\",\"Términos de referencia\")", due, true));
        assertThat(implementationPlans.currentDraft(list.get(1).id())).extracting(MilestoneDraft::countryIso2)
                .containsExactlyInAnyOrder("CO", "PE");

        PlanImportService.Result again = importer.importFile(read(ImportFiles.spanishWorkbook(code, due)),
                ImportProgress.NONE);
        assertThat(again).extracting(PlanImportService.Result::planCreated, PlanImportService.Result::recommendationsKept,
                PlanImportService.Result::milestonesCreated, PlanImportService.Result::milestonesKept)
                .containsExactly(false, 2, 0, 3);
        assertThat(implementationPlans.currentDraft(list.get(1).id())).hasSize(2);
    }

    @Test
    void aSpanishSemicolonCsvWithAByteOrderMarkAndDayFirstDatesReads() {
        String dayFirst = due.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        ImportFile file = read(
                csv("plan.csv", "\uFEFFcódigo;título;fuente;fecha_de_publicación;idiomas;zona_horaria\n"
                        + code + ";Plan en español;Estudio;16/07/2024;es;America/Bogota\n"),
                csv("recomendaciones.csv", "\uFEFFCódigo;Título;Tema;Nivel de coordinación;Ámbito;Países;"
                        + "Depende de;Texto completo\n"
                        + "E1;Migración segura;Protección;político-estratégico;nacional;CO, PE;;\"Texto; con punto y coma.\"\n"),
                csv("hitos.csv", "\uFEFFRecomendación;Título;Responsable;País;Inicio previsto;Fecha límite;"
                        + "Requiere evidencia\n"
                        + "E1;Consulta en Colombia;IOM;CO;;" + dayFirst + ";Sí\n"
                        + "E1;Consulta en Perú;IOM;PE;;" + dayFirst + ";No\n"));

        PlanImportService.Result result = importer.importFile(file, ImportProgress.NONE);

        assertThat(result.recommendationsCreated()).isEqualTo(1);
        assertThat(result.milestonesCreated()).isEqualTo(2);
        Plan plan = plans.findByCode(code).orElseThrow();
        assertThat(plan.getPublishedOn()).isEqualTo(LocalDate.of(2024, 7, 16));
        RecommendationDetails e1 = recommendations.details(recommendations.list(plan.getId()).get(0).id());
        assertThat(e1.fullText()).isEqualTo("Texto; con punto y coma.");
        assertThat(implementationPlans.currentDraft(e1.summary().id())).extracting(MilestoneDraft::name,
                MilestoneDraft::dueDate, MilestoneDraft::evidenceRequired).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Consulta en Colombia", due, true),
                org.assertj.core.groups.Tuple.tuple("Consulta en Perú", due, false));
    }

    @Test
    void theImportedMilestonesAreTheDraftTheLeadStartsFromOnceNamed() {
        PlanImportService.Result result = importer.importFile(read(ImportFiles.spanishWorkbook(code, due)),
                ImportProgress.NONE);
        Long r2 = recommendations.list(result.planId()).get(1).id();
        fixtures.adopt(r2, "R4V");
        fixtures.signIn("agency.r4v");
        String task = fixtures.taskOf("agency.r4v", r2, WorkItemKind.DRAFT_PLAN);
        assertThat(tasks.draftFor(task)).extracting(MilestoneDraft::name)
                .containsExactlyInAnyOrder("Plan de Colombia", "Plan de Perú");
        assertThat(recommendations.details(r2).summary().status()).isEqualTo(RecommendationStatus.PLANNING);
    }

    @Test
    void sizeAndRowLimitsAndFilesOfAnotherKindAreRefusedWithAClearMessage() {
        byte[] tooLarge = new byte[(int) importer.maxBytes() + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        StringBuilder many = new StringBuilder("code,title,theme,coordination_level,scope,full_text\n");
        for (int i = 0; i <= importer.maxRows(); i++) {
            many.append("C").append(i).append(",T,Th,BOTH,REGIONAL,x\n");
        }
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes();
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

        assertThat(problemsOf(() -> read(new UploadedFile("big.csv", tooLarge))))
                .containsExactly("big.csv:null:null:import.error.too-large");
        assertThat(problemsOf(() -> read(csv("many.csv", many.toString()))))
                .containsExactly("null:null:null:import.error.too-many-rows");
        assertThat(problemsOf(() -> read(new UploadedFile("C:\\Users\\x\\..\\report.csv", pdf),
                new UploadedFile("../../etc/plan.xlsx", zip), csv("notes.csv", "colour,size\nred,2\n"))))
                .containsExactly("report.csv:null:null:import.error.file-type", "plan.xlsx:null:null:import.error.not-excel",
                        "notes.csv:null:null:import.error.unknown-sheet");
    }

    @Test
    void onlyTheSecretariatOrAnAdministratorImports() {
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> read(ImportFiles.spanishWorkbook(code, due)))
                .isInstanceOf(NotPermittedException.class);
        fixtures.signIn("admin");
        ImportFile file = read(ImportFiles.spanishWorkbook(code, due));
        fixtures.signIn("wg.unhcr");
        assertThatThrownBy(() -> importer.importFile(file, ImportProgress.NONE))
                .isInstanceOf(NotPermittedException.class);
        assertThat(plans.findByCode(code)).isEmpty();
    }

    @Test
    void theSampleFilesOfTheDocsPreviewCleanlyInBothLanguages() throws Exception {
        java.nio.file.Path samples = java.nio.file.Path.of("docs/import-samples");
        for (List<String> names : List.of(List.of("plan.csv", "recommendations.csv", "milestones.csv"),
                List.of("es-plan.csv", "es-recomendaciones.csv", "es-hitos.csv"))) {
            List<UploadedFile> files = new java.util.ArrayList<>();
            for (String name : names) {
                files.add(new UploadedFile(name, java.nio.file.Files.readAllBytes(samples.resolve(name))));
            }
            ImportPreview preview = importer.preview(importer.read(files), ImportProgress.NONE);
            assertThat(preview.count(LineKind.RECOMMENDATION, true)).as(names.get(0)).isEqualTo(2);
            assertThat(preview.count(LineKind.MILESTONE, true)).as(names.get(0)).isEqualTo(3);
        }
    }
}
