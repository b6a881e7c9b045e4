package org.mixedmovements.tracker.planimport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.ImportFiles;
import org.mixedmovements.tracker.planimport.UploadedFile;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.jdbc.core.JdbcTemplate;

/** The secretariat's import view: upload, every problem or the preview, confirmation, summary with a link. */
class ImportViewTest extends UiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ImportView open() {
        UI.getCurrent().navigate("admin/import");
        return _get(ImportView.class);
    }

    /** Waits for the background work, then lets the UI take what it queued, as a poll from the browser would. */
    static void settle(ImportView view) {
        view.job().join();
        MockVaadin.clientRoundtrip();
    }

    static List<String> rows(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
    }

    static void upload(UploadedFile file, String mimeType) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), file.fileName(), mimeType,
                file.content());
    }

    int count(String table) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatUploadsAWorkbookSeesThePreviewConfirmsAndGetsALinkToThePlan() {
        signIn("secretariat");
        String code = ImportFiles.newPlanCode();
        ImportView view = open();
        upload(ImportFiles.spanishWorkbook(code, fixtures.todayInPanama().plusDays(30)), XLSX);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("import-files")).getText())
                .isEqualTo("Files: plan-" + code + ".xlsx");

        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).isEqualTo(
                "The plan " + code + " (Plan de prueba) will be created. Recommendations: 2 created, 0 kept. "
                        + "Proposed milestones: 3 created, 0 kept.");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(rows(preview)).hasSize(5);
        assertThat(rows(preview).get(1)).startsWith("Create | Recommendation | R2 | <script>alert('x')</script> "
                + "Planes nacionales | Países");
        assertThat(rows(preview).get(2)).startsWith("Create | Proposed milestone | R1 | =HYPERLINK(");
        assertThat(context.getBean(PlanService.class).findByCode(code)).as("nothing before confirming").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        settle(view);

        Long planId = context.getBean(PlanService.class).findByCode(code).orElseThrow().getId();
        assertThat(context.getBean(RecommendationService.class).list(planId)).hasSize(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-result-summary")).getText()).isEqualTo(
                "The plan " + code + " was created. Recommendations: 2 created, 0 kept. "
                        + "Proposed milestones: 3 created, 0 kept.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-plan-link")).getHref())
                .isEqualTo("dashboard?plan=" + planId);
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals("Plan " + code + " imported."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithErrorsShowsEveryProblemInSpanishAndTheDatabaseIsUnchanged() {
        startSignedIn("secretariat");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        int plans = count("plan");
        int recommendations = count("recommendation");
        int milestones = count("milestone");
        ImportView view = open();
        String code = ImportFiles.newPlanCode();
        upload(ImportFiles.csv("C:\\fakepath\\..\\plan.csv", "\uFEFFcódigo;título;fecha_de_publicación\n"
                + code + ";Plan;30/02/2024\n"), "text/csv");
        upload(ImportFiles.csv("recomendaciones.csv", "código;título;tema;nivel_de_coordinación;ámbito;países;"
                + "texto_completo\nR1;Uno;Tema;AMBOS;REGIONAL;ZZ;Texto.\n"), "text/csv");
        upload(ImportFiles.csv("hitos.csv", "recomendación;título;responsable;fecha_límite\n"
                + "R1;Hito;ACME;" + fixtures.todayInPanama().plusDays(40) + "\n"), "text/csv");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);

        assertThat(rows(_get(Grid.class, spec -> spec.withId("import-errors")))).containsExactly(
                "plan.csv | 2 | fecha_de_publicación | No es una fecha: 30/02/2024 (escriba 2024-07-16 o 16/07/2024).",
                "recomendaciones.csv | 2 | países | Código de país desconocido: ZZ.",
                "hitos.csv | 2 | responsable | Código de organización desconocido: ACME.");
        _assertNone(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(List.of(count("plan"), count("recommendation"), count("milestone")))
                .containsExactly(plans, recommendations, milestones);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPdfRenamedCsvIsRefusedWithAClearMessage() {
        signIn("admin");
        ImportView view = open();
        upload(new UploadedFile("plan.csv", "%PDF-1.4\n%%EOF\n".getBytes()), "text/csv");
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);
        assertThat(rows(_get(Grid.class, spec -> spec.withId("import-errors")))).containsExactly(
                "plan.csv |  |  | The file plan.csv is neither a CSV file in UTF-8 nor an Excel workbook (.xlsx). "
                        + "In Excel, save it as .xlsx or as CSV UTF-8.");
    }
}
