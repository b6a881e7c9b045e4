package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.recommendation.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/** The owner reports a milestone's status and progress ("done" completes it), or asks for more time. */
class MilestoneReportDialog extends TaskDialog {

    MilestoneReportDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "report.title", onDone);
        add(new Paragraph(getTranslation("report.help", card.milestoneName(), Formats.date(card.dueDate()))));
        Select<ReportedStatus> status = new Select<>();
        status.setId("report-status");
        status.setLabel(getTranslation("milestone.reported"));
        status.setItems(ReportedStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("reported." + s.name()));
        IntegerField progress = new IntegerField(getTranslation("milestone.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setValue(card.progress());
        progress.setSuffixComponent(new Span("%"));
        TextArea evidence = new TextArea(getTranslation("report.evidence"));
        evidence.setId("report-evidence");
        evidence.setWidthFull();
        evidence.setHelperText(getTranslation("report.evidence-help"));
        add(status, progress, evidence);

        DatePicker newDue = new DatePicker(getTranslation("deadline.new-date"));
        newDue.setId("new-due-date");
        TextArea why = new TextArea(getTranslation("deadline.reason"));
        why.setId("deadline-reason");
        why.setWidthFull();
        Details moreTime = new Details(getTranslation("deadline.ask"), new VerticalLayout(newDue, why));
        moreTime.setId("ask-more-time");
        add(moreTime);

        action("request-deadline-change", "deadline.request", "deadline.requested",
                () -> tasks.requestDeadlineChange(card.taskId(), newDue.getValue(), why.getValue()),
                ButtonVariant.LUMO_TERTIARY);
        action("save-report", "action.save", "report.saved",
                () -> tasks.reportMilestone(card.taskId(), status.getValue(),
                        progress.getValue() == null ? -1 : progress.getValue(), evidence.getValue()),
                ButtonVariant.LUMO_PRIMARY);
    }
}
