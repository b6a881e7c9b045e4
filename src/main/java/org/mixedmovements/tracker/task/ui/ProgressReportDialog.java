package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.progressreport.ProgressReportDraft;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.mixedmovements.tracker.progressreport.ProgressReports;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The lead's focal point writes the period's progress report on a recommendation it leads: what was done, how far the
 * recommendation is, what stands in the way, what comes next, and optionally a link to evidence.
 */
class ProgressReportDialog extends TaskDialog {

    ProgressReportDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "progress-report.title", onDone);
        ProgressReportRow report = tasks.progressReportFor(card.taskId());
        String period = getTranslation(report.period().labelKey(), report.periodLabelArguments());
        Paragraph help = new Paragraph(getTranslation("progress-report.help", card.recommendationTitle(), period,
                Formats.date(report.periodStart()), Formats.date(report.periodEnd()), Formats.date(report.dueDate())));
        help.setId("progress-report-help");
        add(help);

        TextArea narrative = text("progress-report-narrative", "field.narrative", "progress-report.narrative-help");
        IntegerField progress = new IntegerField(getTranslation("field.progress"));
        progress.setId("progress-report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        progress.setHelperText(getTranslation("progress-report.progress-help"));
        TextArea obstacles = text("progress-report-obstacles", "field.obstacles", "progress-report.obstacles-help");
        TextArea nextSteps = text("progress-report-next-steps", "field.nextSteps", "progress-report.next-steps-help");
        TextField link = new TextField(getTranslation("progress-report.evidence-link"));
        link.setId("progress-report-evidence-link");
        link.setHelperText(getTranslation("progress-report.evidence-link-help"));
        link.setWidthFull();
        field("narrative", narrative, true);
        field("progress", progress, true);
        field("obstacles", obstacles, false);
        field("nextSteps", nextSteps, true);
        field("evidenceLink", link, false);
        FormLayout form = new FormLayout(narrative, progress, obstacles, nextSteps, link);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        form.setColspan(narrative, 2);
        form.setColspan(obstacles, 2);
        form.setColspan(nextSteps, 2);
        form.setColspan(link, 2);
        add(form);

        action("submit-progress-report", "progress-report.submit", "progress-report.submitted",
                () -> tasks.submitProgressReport(card.taskId(), new ProgressReportDraft(narrative.getValue(),
                        progress.getValue(), obstacles.getValue(), nextSteps.getValue(), link.getValue())),
                ButtonVariant.LUMO_PRIMARY);
    }

    private TextArea text(String id, String labelKey, String helpKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(ProgressReports.MAX_TEXT);
        area.setHelperText(getTranslation(helpKey));
        area.setWidthFull();
        return area;
    }
}
