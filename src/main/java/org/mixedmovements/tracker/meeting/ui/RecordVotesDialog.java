package org.mixedmovements.tracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.FormChecks;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.meeting.AgendaItemView;
import org.mixedmovements.tracker.meeting.MeetingDetails;
import org.mixedmovements.tracker.meeting.MeetingRoomService;
import org.mixedmovements.tracker.meeting.MeetingTally;
import org.mixedmovements.tracker.meeting.MeetingVote;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * The secretariat records how each member organisation present voted on an item's decision that waits for the group's
 * votes (for or against; consents or objects under "no objection"; no choice: it abstains). An organisation that has
 * already voted keeps its vote: it is shown, not asked again; the organisation that owns what is decided is shown as
 * recused. The decision then settles under the plan's rule.
 */
class RecordVotesDialog extends Dialog {

    RecordVotesDialog(MeetingRoomService room, MeetingDetails meeting, AgendaItemView item,
                      List<Organisation> organisations, Long recused, Runnable onSaved) {
        setHeaderTitle(getTranslation("meetings.votes.record"));
        setWidth("min(44em, 100vw)");
        DecisionSummary decision = meeting.ballots().get(item.decisionId());
        String rule = decision.rule().name();
        AgendaItemView.Words words = (key, arguments) -> getTranslation(key, arguments);
        add(new Paragraph(item.title(words)), new Paragraph(MeetingTally.words(decision, words)));
        Set<String> voted = decision.votes().stream().filter(v -> !v.casting())
                .map(DecisionSummary.CastVote::organisationCode).collect(Collectors.toSet());
        Map<Long, Organisation> byId = organisations.stream()
                .collect(Collectors.toMap(Organisation::getId, o -> o, (a, b) -> a));
        FormLayout form = new FormLayout();
        List<Row> rows = new ArrayList<>();
        for (Long id : meeting.participantIds()) {
            Organisation organisation = byId.get(id);
            if (organisation == null || voted.contains(organisation.getCode())) {
                continue;
            }
            if (id.equals(recused)) {
                Paragraph recusal = new Paragraph(getTranslation("meetings.votes.recused", organisation.getCode()));
                recusal.setId("vote-recused-" + organisation.getCode());
                add(recusal);
                continue;
            }
            Select<VoteChoice> choice = new Select<>();
            choice.setId("vote-choice-" + organisation.getCode());
            choice.setLabel(organisation.getCode());
            choice.setItems(VoteChoice.values());
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("meetings.votes.abstains"));
            choice.setItemLabelGenerator(c -> c == null ? getTranslation("meetings.votes.abstains")
                    : getTranslation("meetings.votes." + rule + "." + c.name()));
            TextField reason = new TextField(getTranslation("decision.reason"));
            reason.setId("vote-reason-" + organisation.getCode());
            reason.setMaxLength(4000);
            form.add(choice, reason);
            rows.add(new Row(id, choice, reason));
        }
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("meetings.votes.none-left")));
        }
        FormChecks checks = new FormChecks(this);
        add(form, checks.messages());
        Button save = new Button(getTranslation("meetings.votes.save"), e -> {
            List<MeetingVote> votes = rows.stream()
                    .map(r -> new MeetingVote(r.organisationId(), r.choice().getValue(), r.reason().getValue()))
                    .toList();
            if (checks.run(() -> room.recordVotes(meeting.id(), item.id(), votes))) {
                Messages.showSuccess(this, "meetings.votes.saved");
                close();
                onSaved.run();
            }
        });
        save.setId("save-votes");
        save.setEnabled(!rows.isEmpty());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private record Row(Long organisationId, Select<VoteChoice> choice, TextField reason) {
    }
}
