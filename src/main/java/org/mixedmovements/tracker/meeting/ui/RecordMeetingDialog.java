package org.mixedmovements.tracker.meeting.ui;

import org.mixedmovements.tracker.base.ui.DateRange;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.MeetingRecord;
import org.mixedmovements.tracker.meeting.MeetingService;
import org.mixedmovements.tracker.meeting.OpenConsensus;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.workinggroup.Outcome;

/**
 * The secretariat records a meeting: plan, date, title, who was there, the minutes, and which of the plan's open
 * consensus decisions the meeting took (approved, or rejected with reasons). Saved all together, or not at all.
 */
class RecordMeetingDialog extends Dialog {

    /** One open consensus decision of the plan, with what the meeting decided on it. */
    private record DecisionRow(OpenConsensus decision, Checkbox taken, RadioButtonGroup<Outcome> outcome,
                               TextArea reason) {
    }

    private final MeetingService meetings;
    private final Consumer<Long> onRecorded;
    private final Select<Plan> plan = new Select<>();
    private final DatePicker heldOn = new DatePicker();
    private final TextField title = new TextField();
    private final MultiSelectComboBox<Organisation> participants = new MultiSelectComboBox<>();
    private final TextArea minutes = new TextArea();
    private final Div decisionBox = new Div();
    private final List<DecisionRow> rows = new ArrayList<>();

    RecordMeetingDialog(MeetingService meetings, Plan selected, Consumer<Long> onRecorded) {
        this.meetings = meetings;
        this.onRecorded = onRecorded;
        setHeaderTitle(getTranslation("meetings.record"));
        setWidth("min(48em, 100vw)");

        plan.setId("meeting-plan");
        plan.setLabel(getTranslation("approvals.plan"));
        plan.setItems(meetings.plans());
        plan.setItemLabelGenerator(p -> p == null ? "" : p.getCode() + " · " + p.getTitle());
        plan.setWidthFull();
        plan.addValueChangeListener(e -> showDecisions());
        heldOn.setId("meeting-held-on");
        DateRange.limit(heldOn);
        heldOn.setLabel(getTranslation("consensus.meeting-date"));
        title.setId("meeting-title");
        title.setLabel(getTranslation("meetings.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        participants.setId("meeting-participants");
        participants.setLabel(getTranslation("meetings.participants"));
        participants.setItems(meetings.organisations());
        participants.setItemLabelGenerator(o -> o.getCode() + " · " + o.getName());
        participants.setWidthFull();
        minutes.setId("meeting-minutes");
        minutes.setLabel(getTranslation("consensus.minutes"));
        minutes.setMaxLength(10000);
        minutes.setMinHeight("8em");
        minutes.setWidthFull();
        decisionBox.setId("meeting-consensus-decisions");
        decisionBox.setWidthFull();

        Div form = new Div(plan, heldOn, title, participants, minutes,
                new H3(getTranslation("meetings.decisions-taken")), decisionBox);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(form);
        Button save = new Button(getTranslation("meetings.save"), e -> save());
        save.setId("save-meeting");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        plan.setValue(selected);
        showDecisions();
    }

    private void showDecisions() {
        decisionBox.removeAll();
        rows.clear();
        if (plan.getValue() == null) {
            decisionBox.add(new Paragraph(getTranslation("meetings.choose-plan")));
            return;
        }
        List<OpenConsensus> open = meetings.openConsensusDecisions(plan.getValue().getId());
        if (open.isEmpty()) {
            decisionBox.add(new Paragraph(getTranslation("meetings.no-open-consensus")));
        }
        for (OpenConsensus d : open) {
            Checkbox taken = new Checkbox(getTranslation("approvals.type." + d.type().name()) + " · "
                    + d.recommendationCode() + " · " + d.recommendationTitle());
            taken.setId("take-" + d.decisionId());
            RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
            outcome.setId("outcome-" + d.decisionId());
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
            outcome.setValue(Outcome.APPROVED);
            TextArea reason = new TextArea(getTranslation("decision.reason"));
            reason.setId("consensus-reason-" + d.decisionId());
            reason.setHelperText(getTranslation("decision.reason-help"));
            reason.setWidthFull();
            reason.setMaxLength(4000);
            Span proposal = new Span(d.proposal().render(getLocale()));
            proposal.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div details = new Div(outcome, reason);
            details.setVisible(false);
            taken.addValueChangeListener(e -> details.setVisible(e.getValue()));
            Div row = new Div(taken, proposal, details);
            row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("overflow-wrap", "anywhere");
            decisionBox.add(row);
            rows.add(new DecisionRow(d, taken, outcome, reason));
        }
    }

    private void save() {
        List<DecisionRow> ticked = rows.stream().filter(r -> r.taken().getValue()).toList();
        List<MeetingRecord.ConsensusTaken> taken = ticked.stream()
                .map(r -> new MeetingRecord.ConsensusTaken(r.decision().decisionId(), r.outcome().getValue(),
                        r.reason().getValue()))
                .toList();
        MeetingRecord record = new MeetingRecord(plan.getValue() == null ? null : plan.getValue().getId(),
                heldOn.getValue(), title.getValue(), participants.getValue().stream().map(Organisation::getId).toList(),
                minutes.getValue(), taken);
        List<HasValidation> fields = List.of(plan, heldOn, title, participants, minutes);
        fields.forEach(f -> f.setInvalid(false));
        rows.forEach(r -> r.reason().setInvalid(false));
        try {
            Long id = meetings.record(record);
            Messages.showSuccess(this, "meetings.recorded", taken.size());
            close();
            onRecorded.accept(id);
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> byField = Map.of("meetingPlan", plan, "meetingDate", heldOn,
                    "meetingTitle", title, "meetingParticipants", participants, "minutes", minutes);
            for (InvalidInputException.Problem p : invalid.problems()) {
                HasValidation field = p.row() == null ? byField.get(p.field())
                        : "reason".equals(p.field()) && p.row() <= ticked.size() ? ticked.get(p.row() - 1).reason() : null;
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.messageKey(), p.arguments()));
                    field.setInvalid(true);
                }
            }
            Messages.showError(invalid);
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }
}
