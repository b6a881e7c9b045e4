package org.mixedmovements.tracker.task.ui;

import org.mixedmovements.tracker.base.ui.DateRange;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The owner updates a milestone: reported status, progress and a note ("done" completes it), attaches evidence (files
 * or links, saved as soon as they are added), or asks for more time. One column on a phone, two on a wider screen.
 */
class MilestoneReportDialog extends TaskDialog {

    static final int MAX_NOTE = 4000;

    MilestoneReportDialog(TaskCard card, MyTaskService tasks, EvidenceService evidence, Runnable onDone) {
        super(card, "report.title", onDone);
        MilestoneReport current = tasks.milestoneReport(card.taskId());
        add(new Paragraph(getTranslation("report.help", card.milestoneName(), Formats.date(card.dueDate()))));

        Select<ReportedStatus> status = new Select<>();
        status.setId("report-status");
        status.setLabel(getTranslation("milestone.reported"));
        status.setItems(ReportedStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("reported." + s.name()));
        status.setValue(current.status());
        IntegerField progress = new IntegerField(getTranslation("milestone.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setValue(current.progress());
        progress.setSuffixComponent(new Span("%"));
        // done is all of it: the field says so at once (the milestone records 100 % for done whatever is typed)
        status.addValueChangeListener(e -> {
            boolean done = e.getValue() == ReportedStatus.DONE;
            if (done) {
                progress.setValue(100);
            }
            progress.setReadOnly(done);
            progress.setHelperText(done ? getTranslation("mytasks.report.done-is-100") : null);
        });
        progress.setReadOnly(current.status() == ReportedStatus.DONE);
        TextArea note = new TextArea(getTranslation("mytasks.report.note"));
        note.setId("report-note");
        note.setMaxLength(MAX_NOTE);
        note.setValue(current.note() == null ? "" : current.note());
        note.setHelperText(getTranslation(current.evidenceRequired() ? "mytasks.report.note-help-evidence"
                : "mytasks.report.note-help"));
        FormLayout form = new FormLayout(status, progress, note);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        form.setColspan(note, 2);
        add(form);

        add(new EvidencePanel(card.taskId(), current.planZone(), tasks, evidence));

        DatePicker newDue = DateRange.limit(new DatePicker(getTranslation("deadline.new-date")));
        newDue.setId("new-due-date");
        TextArea why = new TextArea(getTranslation("deadline.reason"));
        why.setId("deadline-reason");
        why.setWidthFull();
        VerticalLayout moreTimeForm = new VerticalLayout(newDue, why,
                button("request-deadline-change", "deadline.request", "deadline.requested",
                        () -> tasks.requestDeadlineChange(card.taskId(), newDue.getValue(), why.getValue())));
        moreTimeForm.setPadding(false);
        Details moreTime = new Details(getTranslation("deadline.ask"), moreTimeForm);
        moreTime.setId("ask-more-time");
        moreTime.setWidthFull();
        add(moreTime);

        action("save-report", "action.save", "report.saved",
                () -> tasks.reportMilestone(card.taskId(), status.getValue(),
                        progress.getValue() == null ? -1 : progress.getValue(), note.getValue()),
                ButtonVariant.LUMO_PRIMARY);
    }
}
