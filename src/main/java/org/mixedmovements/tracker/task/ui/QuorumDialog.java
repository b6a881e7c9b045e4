package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;

/**
 * The secretariat's choice for a vote that closed without its quorum: a second period for the organisations that
 * have not voted (once), or a meeting of the working group, whose consensus it then records.
 */
class QuorumDialog extends TaskDialog {

    QuorumDialog(TaskCard card, MyTaskService tasks, Runnable onDone) {
        super(card, "quorum.title", onDone);
        DecisionSummary decision = tasks.decisionFor(card.taskId()).decision();
        Paragraph what = new Paragraph(getTranslation("quorum.what",
                getTranslation("decision.type." + decision.type().name()), card.recommendationTitle(),
                Formats.date(decision.lastDay()),
                decision.votes().stream().filter(v -> !v.casting()).count(), decision.quorum()));
        what.setId("quorum-what");
        add(what, new Paragraph(getTranslation("quorum.choices")));
        action("put-to-meeting", "approvals.to-meeting", "approvals.put-to-meeting",
                () -> tasks.resolveMissingQuorum(card.taskId(), false));
        action("extend-vote", "approvals.extend", "quorum.extended",
                () -> tasks.resolveMissingQuorum(card.taskId(), true), ButtonVariant.LUMO_PRIMARY);
    }
}
