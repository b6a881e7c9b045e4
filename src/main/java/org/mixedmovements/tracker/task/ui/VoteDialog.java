package org.mixedmovements.tracker.task.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.ui.EvidenceList;
import org.mixedmovements.tracker.milestone.ui.PushedSuccessorList;
import org.mixedmovements.tracker.task.DecisionContext;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * A member organisation's vote, objection or casting vote: what is decided, by which rule, the votes so far, and for
 * a plan its milestones, for a milestone reported done its evidence; approve, or reject with a reason the owner will
 * read.
 */
class VoteDialog extends TaskDialog {

    VoteDialog(TaskCard card, MyTaskService tasks, List<Organisation> organisations, EvidenceService evidence,
               Runnable onDone) {
        super(card, "decision.title." + card.decisionType().name(), onDone);
        DecisionContext context = tasks.decisionFor(card.taskId());
        DecisionSummary decision = context.decision();
        add(new Paragraph(card.recommendationTitle()));
        Paragraph proposal = new Paragraph(decision.proposal().render(getLocale()));
        proposal.setId("decision-proposal");
        add(proposal, new Paragraph(rule(decision)));
        if (!context.proposedMilestones().isEmpty()) {
            add(plan(context.proposedMilestones(), organisations));
        }
        add(new PushedSuccessorList("decision-pushes", "approvals.new-date-pushes").show(context.pushes()));
        if (!context.evidence().isEmpty()) {
            add(new Paragraph(getTranslation("approvals.evidence-attached", context.evidence().size())),
                    new EvidenceList("vote-evidence", context.evidence(), evidence));
        }
        if (!decision.votes().isEmpty()) {
            add(new Paragraph(getTranslation("decision.votes-so-far", decision.votes().stream()
                    .map(v -> v.organisationCode() + ": " + getTranslation("vote." + v.choice().name()))
                    .collect(Collectors.joining(", ")))));
        }
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setHelperText(getTranslation("decision.reason-help"));
        field("reason", reason, false);
        add(reason);
        boolean objection = card.kind() == WorkItemKind.CONSIDER_OBJECTION;
        action("reject-decision", objection ? "decision.object" : "decision.reject", "decision.voted",
                () -> tasks.vote(card.taskId(), VoteChoice.REJECT, reason.getValue()), ButtonVariant.LUMO_ERROR);
        action("approve-decision", objection ? "decision.consent" : "decision.approve", "decision.voted",
                () -> tasks.vote(card.taskId(), VoteChoice.APPROVE, reason.getValue()),
                ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    }

    private String rule(DecisionSummary decision) {
        if (decision.rule() == DecisionRule.NO_OBJECTION) {
            return getTranslation("decision.rule.NO_OBJECTION", Formats.date(decision.lastDay()));
        }
        if (decision.rule() == DecisionRule.MAJORITY && decision.lastDay() != null) {
            return getTranslation("decision.rule.MAJORITY.closes", decision.quorum(), decision.eligible(),
                    Formats.date(decision.lastDay()));
        }
        return getTranslation("decision.rule." + decision.rule().name(), decision.quorum(), decision.eligible());
    }

    private Grid<MilestoneDraft> plan(List<MilestoneDraft> milestones, List<Organisation> organisations) {
        Map<Long, Organisation> byId = organisations.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        Grid<MilestoneDraft> grid = new Grid<>();
        grid.setId("proposed-plan");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneDraft::name).setHeader(getTranslation("milestone.name")).setFlexGrow(3);
        grid.addColumn(d -> byId.get(d.ownerOrganisationId()).getCode()).setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        grid.addColumn(d -> d.countryIso2() == null ? "" : d.countryIso2()).setHeader(getTranslation("milestone.country")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.dueDate())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        grid.addColumn(d -> d.evidenceRequired() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("milestone.evidence")).setAutoWidth(true);
        grid.setItems(milestones);
        return grid;
    }
}
