package org.mixedmovements.tracker.task.ui;

import org.mixedmovements.tracker.base.ui.DateRange;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Objects;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneChangedMeanwhile;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.milestone.ui.PushedSuccessorList;
import org.mixedmovements.tracker.milestone.ui.WaitsForList;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;

/**
 * The owner updates a milestone: reported status, progress and a note ("done" completes it), attaches evidence (files
 * or links, saved as soon as they are added), or asks for more time. One column on a phone, two on a wider screen. A
 * save names the version of the milestone the form was opened on: if someone else saved it meanwhile, nothing is
 * saved, the form keeps what was typed and says under it what changed.
 */
class MilestoneReportDialog extends TaskDialog {

    static final int MAX_NOTE = 4000;
    /** How much of another person's note the "changed meanwhile" message quotes. */
    static final int QUOTED_NOTE = 200;

    /** Under the form: why the last save did not go through, with what someone else changed meanwhile. */
    private final Div refusal = new Div();
    /** The report as this form last knew it: the version a save names, and what a change meanwhile is told against. */
    private MilestoneReport known;

    MilestoneReportDialog(TaskCard card, MyTaskService tasks, EvidenceService evidence, Runnable onDone) {
        super(card, "report.title", onDone);
        MilestoneReport current = tasks.milestoneReport(card.taskId());
        known = current;
        add(new Paragraph(getTranslation("report.help", card.milestoneName(), Formats.date(card.dueDate()))));
        add(new WaitsForList("report-waits-for", tasks.milestoneWaitsFor(card.taskId())));

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
        field("status", status, true);
        field("progress", progress, true);
        field("evidence", note, current.evidenceRequired());
        FormLayout form = new FormLayout(status, progress, note);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        form.setColspan(note, 2);
        add(form);
        refusal.setId("report-refused");
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal);

        add(new EvidencePanel(card.taskId(), tasks, evidence));

        DatePicker newDue = DateRange.limit(new DatePicker(getTranslation("deadline.new-date")));
        newDue.setId("new-due-date");
        TextArea why = new TextArea(getTranslation("deadline.reason"));
        why.setId("deadline-reason");
        why.setWidthFull();
        field("dueDate", newDue, true);
        field("reason", why, true);
        PushedSuccessorList pushed = new PushedSuccessorList("deadline-pushes", "deadline.pushes");
        newDue.addValueChangeListener(e -> pushed.show(tasks.successorsPushed(card.taskId(), e.getValue())));
        VerticalLayout moreTimeForm = new VerticalLayout(newDue, pushed, why,
                button("request-deadline-change", "deadline.request", "deadline.requested",
                        () -> tasks.requestDeadlineChange(card.taskId(), newDue.getValue(), why.getValue())));
        moreTimeForm.setPadding(false);
        Details moreTime = new Details(getTranslation("deadline.ask"), moreTimeForm);
        moreTime.setId("ask-more-time");
        moreTime.setWidthFull();
        add(moreTime);

        action("save-report", "action.save", "report.saved",
                () -> {
                    refusal.setVisible(false);
                    tasks.reportMilestone(card.taskId(), known.version(), status.getValue(),
                            progress.getValue() == null ? -1 : progress.getValue(), note.getValue());
                },
                ButtonVariant.LUMO_PRIMARY);
    }

    /**
     * Someone else saved the milestone after this form was opened (or both saved at the same moment): the dialog stays
     * open with the person's input, and says under the form what is saved now. A second save names the new version,
     * so it replaces the other report knowingly.
     */
    @Override
    boolean showInForm(RuntimeException refused) {
        refusal.removeAll();
        if (refused instanceof MilestoneChangedMeanwhile changed) {
            MilestoneReport now = changed.now();
            refusal.add(new Paragraph(getTranslation("report.saved-meanwhile")));
            UnorderedList what = new UnorderedList();
            if (now.status() != known.status()) {
                what.add(new ListItem(getTranslation("report.changed-status", statusLabel(now.status()),
                        statusLabel(known.status()))));
            }
            if (now.progress() != known.progress()) {
                what.add(new ListItem(getTranslation("report.changed-progress", now.progress(), known.progress())));
            }
            if (!Objects.equals(now.note(), known.note())) {
                String quoted = now.note() == null ? "" : now.note();
                what.add(new ListItem(getTranslation("report.changed-note", quoted.length() > QUOTED_NOTE
                        ? quoted.substring(0, QUOTED_NOTE) + "…" : quoted)));
            }
            if (what.getChildren().findAny().isEmpty()) {
                what.add(new ListItem(getTranslation("report.changed-other")));
            }
            refusal.add(what);
            known = now;
        } else if (refused instanceof ConcurrentUpdateException) {
            refusal.add(new Paragraph(Messages.describe(this, refused)));
        } else {
            return false;
        }
        refusal.setVisible(true);
        return true;
    }

    private String statusLabel(ReportedStatus status) {
        return status == null ? "" : getTranslation("reported." + status.name());
    }
}
