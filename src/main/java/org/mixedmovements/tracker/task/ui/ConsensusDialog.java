package org.mixedmovements.tracker.task.ui;

import org.mixedmovements.tracker.base.ui.DateRange;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.mixedmovements.tracker.task.DecisionContext;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workinggroup.Outcome;

/** The secretariat records a decision taken by consensus at a meeting, with the meeting's date and minutes. */
class ConsensusDialog extends TaskDialog {

    ConsensusDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "consensus.title", onDone);
        DecisionContext context = tasks.decisionFor(card.taskId());
        Select<Outcome> outcome = new Select<>();
        outcome.setId("consensus-outcome");
        outcome.setLabel(getTranslation("consensus.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
        DatePicker meeting = DateRange.limit(new DatePicker(getTranslation("consensus.meeting-date")));
        meeting.setId("meeting-date");
        TextArea minutes = new TextArea(getTranslation("consensus.minutes"));
        minutes.setId("minutes");
        minutes.setWidthFull();
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("consensus-reason");
        reason.setWidthFull();
        field("outcome", outcome, true);
        field("meetingDate", meeting, true);
        field("minutes", minutes, true);
        field("reason", reason, false);
        add(new Paragraph(context.decision().proposal().render(getLocale())), outcome, meeting, minutes, reason);
        action("record-consensus", "consensus.record", "consensus.recorded",
                () -> tasks.recordConsensus(card.taskId(), outcome.getValue(), meeting.getValue(), minutes.getValue(),
                        reason.getValue()), ButtonVariant.LUMO_PRIMARY);
    }
}
