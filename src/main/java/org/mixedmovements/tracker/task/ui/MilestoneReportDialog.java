package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.recommendation.ReportedStatus;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.MyTaskService;

/** The owner reports a milestone's status and progress; "done" completes it. */
class MilestoneReportDialog extends Dialog {

    MilestoneReportDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        setHeaderTitle(card.milestoneName());
        setWidth("min(28em, 100vw)");
        add(new Paragraph(getTranslation("report.help", card.recommendationCode(), Formats.date(card.dueDate()))));
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
        add(status, progress);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                tasks.reportMilestone(card.taskId(), status.getValue(), progress.getValue() == null ? -1 : progress.getValue());
                Messages.showSuccess(this, "report.saved", card.milestoneName());
                close();
                onDone.run();
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        save.setId("save-report");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
