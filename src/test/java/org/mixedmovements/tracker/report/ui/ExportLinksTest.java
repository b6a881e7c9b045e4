package org.mixedmovements.tracker.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.recommendation.RecommendationService;

/**
 * The export links of the dashboard, the meetings and the milestone list: each is there, downloads its file through
 * Vaadin's download handler (called here as the browser's request would), and the file is the one the view shows.
 */
class ExportLinksTest extends UiTest {

    /** A downloaded file: its headers and its bytes. */
    record Download(String contentType, String disposition, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Runs the link's download handler as Vaadin does for the browser's request, and keeps what it writes. */
    static Download download(Anchor anchor) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        assertThat(anchor.getElement().hasAttribute("download")).as("a download link").isTrue();
        ElementStreamResource resource = session.getResourceRegistry()
                .getResource(ElementStreamResource.class, URI.create(anchor.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(VaadinResponse.class.getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getOutputStream":
                            return out;
                        case "setHeader":
                            headers.put(((String) args[0]).toLowerCase(Locale.ROOT), (String) args[1]);
                            return null;
                        case "setContentType":
                            headers.put("content-type", (String) args[0]);
                            return null;
                        default:
                            Class<?> type = method.getReturnType();
                            return type == boolean.class ? false : type == int.class ? 0 : type == long.class ? 0L
                                    : null;
                    }
                });
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(
                new DownloadEvent(VaadinRequest.getCurrent(), response, session, resource.getOwner()));
        return new Download(headers.get("content-type"), headers.get("content-disposition"), out.toByteArray());
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    private Long newPlan(String title) {
        return context.getBean(RecommendationService.class).summary(fixtures.newRecommendation(title)).planId();
    }

    @Test
    void anAgencyDownloadsTheDashboardsReportWorkbookAndTablesForTheFilterShownAndTheExportIsAudited()
            throws IOException {
        Long plan = newPlan("Dashboard exports");
        startSignedIn("agency.r4v");
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("plan", String.valueOf(plan),
                "theme", "Testing")));

        Download pdf = download(_get(Anchor.class, spec -> spec.withId("export-pdf")));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("TEST-", "-compliance-report-", ".pdf");
        assertThat(pdfText(pdf.bytes())).contains("Compliancereport", "FiltersTheme:Testing");

        Download workbook = download(_get(Anchor.class, spec -> spec.withId("export-excel")));
        assertThat(workbook.disposition()).contains("-compliance-", ".xlsx");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.bytes()))) {
            assertThat(List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2), read.getSheetName(3)))
                    .containsExactly("Summary", "Recommendations", "Milestones", "Overdue");
            assertThat(read.getSheet("Recommendations").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Dashboard exports");
        }
        assertThat(download(_get(Anchor.class, spec -> spec.withId("export-recommendations-csv"))).text())
                .startsWith("\uFEFFRecommendation,Title,Status").contains("T1,Dashboard exports,New");
        assertThat(download(_get(Anchor.class, spec -> spec.withId("export-milestones-csv"))).text())
                .startsWith("\uFEFFRecommendation,Milestone,Owner");

        assertThat(context.getBean(AuditLog.class).historyOf("plan", plan)).filteredOn(e -> e.action().equals("EXPORTED"))
                .extracting(AuditEntry::actor).containsOnly("agency.r4v").hasSize(4);
    }

    @Test
    void aSpanishMemberDownloadsTheMeetingPackOfThePlanChosenInSpanish() throws IOException {
        Long plan = newPlan("Dossier");
        startSignedIn("wg.ocha");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("meetings");
        Anchor pack = _get(Anchor.class, spec -> spec.withId("meeting-pack"));
        assertThat(pack.getElement().getTextRecursively()).contains("Dossier de reunión (PDF)");
        assertThat(download(pack).disposition()).contains("ALL-meeting-pack-");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.mixedmovements.tracker.plan.Plan> select =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("meetings-plan"));
        select.setValue(select.getListDataView().getItems().filter(p -> p != null && p.getId().equals(plan))
                .findFirst().orElseThrow());
        Download download = download(pack);
        assertThat(download.disposition()).contains("TEST-", "-meeting-pack-");
        assertThat(pdfText(download.bytes())).contains("Dossierdereunión", "Decisionespendientes(0)",
                "Aúnnohayreunionesregistradas");
    }

    @Test
    void theMilestoneListDownloadsWhatItsFiltersShow() throws IOException {
        startSignedIn("secretariat");
        UI.getCurrent().navigate("milestones");
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-filter-text")), "nothing is called this");
        Download csv = download(_get(Anchor.class, spec -> spec.withId("milestones-export-csv")));
        assertThat(csv.disposition()).contains("ALL-milestones-", ".csv");
        assertThat(csv.text().strip()).isEqualTo(
                "\uFEFFPlan,Recommendation,Milestone,Owner,Country,Due date,Status,Progress (%),Work assigned to");
        Download excel = download(_get(Anchor.class, spec -> spec.withId("milestones-export-excel")));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(excel.bytes()))) {
            assertThat(read.getSheet("Milestones").getLastRowNum()).isZero();
        }
    }
}
