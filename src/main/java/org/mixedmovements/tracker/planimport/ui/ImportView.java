package org.mixedmovements.tracker.planimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.UserFacingException;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.planimport.ImportFile;
import org.mixedmovements.tracker.planimport.ImportJobs;
import org.mixedmovements.tracker.planimport.ImportPreview;
import org.mixedmovements.tracker.planimport.ImportPreview.LineKind;
import org.mixedmovements.tracker.planimport.ImportProblem;
import org.mixedmovements.tracker.planimport.ImportProgress;
import org.mixedmovements.tracker.planimport.ImportRejected;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.planimport.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secretariat or an administrator imports a plan: uploads an Excel workbook or CSV files, sees every problem of
 * the files (sheet, row, column, what is wrong) or what the import will create and keep, confirms, and gets a summary
 * with a link to the plan. Checking and writing run in the background with a progress bar; nothing is written before
 * the confirmation, and then all or nothing.
 */
@Route("admin/import")
@Menu(order = 89, title = "menu.admin-import", icon = "UPLOAD")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 300;

    private final PlanImportService importer;
    private final ImportJobs jobs;
    private final List<UploadedFile> files = new ArrayList<>();

    private final Upload upload;
    private final Span fileList = new Span();
    private final Button check = new Button();
    private final Button clear = new Button();
    private final Div working = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final VerticalLayout errors = new VerticalLayout();
    private final Grid<ImportProblem> errorGrid = new Grid<>();
    private final VerticalLayout preview = new VerticalLayout();
    private final Paragraph previewSummary = new Paragraph();
    private final Grid<ImportPreview.Line> previewGrid = new Grid<>();
    private final Button confirm = new Button();
    private final Div result = new Div();

    private ImportFile checked;
    private CompletableFuture<?> job = CompletableFuture.completedFuture(null);

    ImportView(PlanImportService importer, ImportJobs jobs) {
        this.importer = importer;
        this.jobs = jobs;
        setWidthFull();
        long megabytes = Math.max(1, importer.maxBytes() / (1024 * 1024));

        Paragraph help = new Paragraph(getTranslation("import.help", megabytes, importer.maxRows()));
        help.setId("import-help");
        Details columns = new Details(getTranslation("import.columns.title"), columnHelp());
        columns.setId("import-columns");

        long maxBytes = importer.maxBytes();
        // the browser refuses larger files before sending them; the server refuses what a client sends regardless
        upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> {
            files.add(new UploadedFile(metadata.fileName(), bytes));
            showFiles();
        }) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024;
            }
        });
        upload.setId("import-upload");
        upload.setMaxFiles(3);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("import.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(e -> Messages.showError(InvalidInputException.of("file",
                "import.error.rejected", e.getFileName(), megabytes)));

        fileList.setId("import-files");
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setEnabled(false);
        check.addClickListener(e -> check());
        clear.setText(getTranslation("import.clear"));
        clear.setId("import-clear");
        clear.addClickListener(e -> clear());
        HorizontalLayout actions = new HorizontalLayout(check, clear);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        progressBar.setId("import-progress");
        progressBar.setMin(0);
        progressBar.setMax(1);
        progressText.setId("import-progress-text");
        working.add(progressText, progressBar);
        working.setWidthFull();
        working.setVisible(false);

        errorGrid.setId("import-errors");
        errorGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errorGrid.addColumn(p -> p.sheet() == null ? "" : p.sheet()).setHeader(getTranslation("import.sheet"))
                .setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(p -> p.row() == null ? "" : String.valueOf(p.row()))
                .setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("import.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errorGrid.addColumn(p -> getTranslation(p.messageKey(), p.arguments()))
                .setHeader(getTranslation("import.problem")).setFlexGrow(1);
        errorGrid.setAllRowsVisible(true);
        H3 errorTitle = new H3(getTranslation("import.errors.title"));
        errorTitle.setId("import-errors-title");
        errors.add(errorTitle, new Paragraph(getTranslation("import.errors.nothing-written")), errorGrid);
        errors.setPadding(false);
        errors.setVisible(false);

        previewSummary.setId("import-summary");
        previewGrid.setId("import-preview");
        previewGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        previewGrid.addColumn(l -> getTranslation(l.create() ? "import.action.create" : "import.action.keep"))
                .setHeader(getTranslation("import.action")).setAutoWidth(true).setFlexGrow(0);
        previewGrid.addColumn(l -> getTranslation("import.kind." + l.kind().name()))
                .setHeader(getTranslation("import.kind")).setAutoWidth(true).setFlexGrow(0);
        previewGrid.addColumn(ImportPreview.Line::code).setHeader(getTranslation("recommendation.code"))
                .setAutoWidth(true).setFlexGrow(0);
        previewGrid.addColumn(ImportPreview.Line::title).setHeader(getTranslation("import.title"))
                .setFlexGrow(3);
        previewGrid.addColumn(ImportPreview.Line::detail).setHeader(getTranslation("import.detail")).setFlexGrow(1);
        previewGrid.addColumn(l -> l.sheet() + " · " + l.row()).setHeader(getTranslation("import.where"))
                .setAutoWidth(true).setFlexGrow(0);
        previewGrid.setHeight("28em");
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(e -> confirm());
        preview.add(new H3(getTranslation("import.preview.title")), previewSummary, previewGrid, confirm);
        preview.setPadding(false);
        preview.setVisible(false);

        result.setId("import-result");
        result.setVisible(false);

        add(new H2(getTranslation("menu.admin-import")), help, columns, upload, fileList, actions, working, errors,
                preview, result);
    }

    private Div columnHelp() {
        Div text = new Div();
        for (String sheet : List.of("plan", "recommendations", "milestones")) {
            Paragraph p = new Paragraph(getTranslation("import.columns." + sheet));
            p.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
            text.add(p);
        }
        return text;
    }

    /** The background work under way, for tests: done once its outcome is queued for the UI. */
    CompletableFuture<?> job() {
        return job;
    }

    private void showFiles() {
        fileList.setText(files.isEmpty() ? "" : getTranslation("import.files",
                String.join(", ", files.stream().map(UploadedFile::name).toList())));
        check.setEnabled(!files.isEmpty() && job.isDone());
        hideOutcome();
    }

    private void clear() {
        files.clear();
        checked = null;
        upload.clearFileList();
        showFiles();
        result.setVisible(false);
    }

    private void hideOutcome() {
        checked = null;
        errors.setVisible(false);
        preview.setVisible(false);
    }

    private void check() {
        List<UploadedFile> batch = List.copyOf(files);
        hideOutcome();
        result.setVisible(false);
        run("import.progress.reading", progress -> () -> {
            ImportFile file = importer.read(batch);
            return new Checked(file, importer.preview(file, progress));
        }, this::showPreview);
    }

    private record Checked(ImportFile file, ImportPreview preview) {
    }

    private void confirm() {
        ImportFile file = checked;
        if (file == null) {
            return;
        }
        preview.setVisible(false);
        run("import.progress.writing", progress -> () -> importer.importFile(file, progress), this::showResult);
    }

    /** Runs the work in the background, the progress bar following it, and shows its outcome. */
    private <T> void run(String firstStep, java.util.function.Function<ImportProgress, Supplier<T>> work,
                         Consumer<T> done) {
        UI ui = UI.getCurrent();
        check.setEnabled(false);
        clear.setEnabled(false);
        progressBar.setValue(0);
        progressBar.setIndeterminate(true);
        progressText.setText(getTranslation(firstStep, 0, 0));
        working.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        ImportProgress progress = (step, count, total) -> ui.access(() -> {
            progressBar.setIndeterminate(false);
            progressBar.setValue(total == 0 ? 0 : Math.min(1, count / (double) total));
            progressText.setText(getTranslation(step, count, total));
        });
        job = jobs.run(work.apply(progress)).whenComplete((value, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            working.setVisible(false);
            clear.setEnabled(true);
            check.setEnabled(!files.isEmpty());
            if (error == null) {
                done.accept(value);
            } else {
                showProblems(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        })).handle((value, error) -> null); // the outcome is shown; the job itself never fails
    }

    private void showPreview(Checked outcome) {
        checked = outcome.file();
        ImportPreview p = outcome.preview();
        previewSummary.setText(getTranslation(p.planExists() ? "import.preview.plan-kept" : "import.preview.plan-created",
                p.planCode(), p.planTitle())
                + " " + getTranslation("import.preview.counts",
                p.count(LineKind.RECOMMENDATION, true), p.count(LineKind.RECOMMENDATION, false),
                p.count(LineKind.MILESTONE, true), p.count(LineKind.MILESTONE, false)));
        previewGrid.setItems(p.lines());
        preview.setVisible(true);
    }

    private void showResult(PlanImportService.Result r) {
        checked = null;
        files.clear();
        upload.clearFileList();
        fileList.setText("");
        check.setEnabled(false);
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation(r.planCreated() ? "import.result.created" : "import.result.kept",
                r.planCode()) + " " + getTranslation("import.preview.counts", r.recommendationsCreated(),
                r.recommendationsKept(), r.milestonesCreated(), r.milestonesKept()));
        summary.setId("import-result-summary");
        Anchor plan = new Anchor("dashboard?plan=" + r.planId(), getTranslation("import.result.open-plan", r.planCode()));
        plan.setId("import-plan-link");
        Anchor list = new Anchor("recommendations", getTranslation("menu.recommendations"));
        list.setId("import-recommendations-link");
        HorizontalLayout links = new HorizontalLayout(plan, list);
        result.add(summary, links);
        result.setVisible(true);
        Messages.showSuccess(this, "import.result.done", r.planCode());
    }

    private void showProblems(Throwable error) {
        List<ImportProblem> problems;
        if (error instanceof ImportRejected rejected) {
            problems = rejected.details();
        } else if (error instanceof InvalidInputException invalid) {
            problems = invalid.problems().stream()
                    .map(p -> new ImportProblem(null, p.row(), p.field(), p.messageKey(), p.arguments())).toList();
        } else if (error instanceof UserFacingException refusal) {
            problems = List.of(new ImportProblem(null, null, null, refusal.messageKey(), refusal.arguments()));
        } else {
            log.error("Import failed", error);
            problems = List.of(new ImportProblem(null, null, null, "error.unexpected"));
        }
        errorGrid.setItems(problems);
        errors.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-import") + " | " + getTranslation("app.title");
    }
}
