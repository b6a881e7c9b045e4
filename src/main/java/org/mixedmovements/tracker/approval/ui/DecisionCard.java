package org.mixedmovements.tracker.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.approval.ApprovalCard;
import org.mixedmovements.tracker.approval.ApprovalService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.base.ui.Messages;
import org.mixedmovements.tracker.milestone.DecisionSubjects;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ui.EvidenceList;
import org.mixedmovements.tracker.milestone.ui.PushedSuccessorList;
import org.mixedmovements.tracker.recommendation.ResponseProposal;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/** One open decision: what is proposed, the rule and its numbers, the votes so far, and my organisation's vote. */
class DecisionCard extends Div {

    private final ApprovalService approvals;
    private final MyTaskService tasks;
    private final EvidenceService evidence;

    DecisionCard(ApprovalCard card, ApprovalService approvals, MyTaskService tasks, EvidenceService evidence) {
        this.approvals = approvals;
        this.tasks = tasks;
        this.evidence = evidence;
        setWidthFull();
        addClassName("approval-card");
        getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)").set("overflow-wrap", "anywhere");
        show(card);
    }

    private void show(ApprovalCard card) {
        removeAll();
        DecisionProgress d = card.decision();
        setId("decision-" + d.id());
        Span type = new Span(getTranslation("approvals.type." + d.type().name()));
        type.getElement().getThemeList().add("badge");
        type.getStyle().set("margin-right", "var(--lumo-space-s)");
        Anchor recommendation = new Anchor("recommendations/" + d.recommendationId(),
                card.recommendationCode() + " · " + approvals.title(card, getLocale()));
        recommendation.setId("decision-" + d.id() + "-recommendation");
        recommendation.getStyle().set("font-weight", "600");
        Div header = new Div(type, recommendation);
        Span plan = small(getTranslation("approvals.plan-and-opened", card.planCode(),
                Formats.date(d.openedOn())));
        add(header, plan, proposed(card), rule(d), votes(card), standing(card));
        if (card.mayVote()) {
            add(voteForm(card));
        }
        if (card.mayResolveQuorum()) {
            add(quorumForm(card));
        }
    }

    private Component proposed(ApprovalCard card) {
        Div box = section("approvals.proposed");
        box.setId("decision-" + card.decision().id() + "-proposed");
        switch (card.decision().type()) {
            case RESPONSE -> {
                ResponseProposal p = card.response();
                box.add(para(p.response() == null ? card.decision().proposal().render(getLocale())
                        : getTranslation("approvals.response", getTranslation("response." + p.response().name()),
                        p.targetPeriod() == null ? getTranslation("approvals.no-period") : p.targetPeriod())));
                if (p.reason() != null) {
                    box.add(para(getTranslation("approvals.response-reason", p.reason())));
                }
            }
            case PLAN -> {
                UnorderedList list = new UnorderedList();
                list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-l)");
                for (DecisionSubjects.ProposedMilestone m : card.milestones()) {
                    String where = m.countryIso2() == null ? "" : " · " + m.countryIso2();
                    String evidence = m.evidenceRequired() ? " · " + getTranslation("milestone.evidence-required") : "";
                    list.add(new ListItem(getTranslation("approvals.milestone-line", m.name(), m.ownerCode(),
                            Formats.date(m.dueDate())) + where + evidence));
                }
                box.add(para(getTranslation("approvals.plan-milestones", card.milestones().size())), list);
            }
            case MILESTONE -> {
                DecisionSubjects.MilestoneEvidence e = card.evidence();
                box.add(para(getTranslation("approvals.milestone-done", e.name(), e.ownerCode(),
                        Formats.date(e.currentDue()), Formats.date(e.submittedDoneOn()))));
                Paragraph note = para(getTranslation("approvals.evidence", e.note() == null ? "" : e.note()));
                note.setId("decision-" + card.decision().id() + "-evidence");
                box.add(note);
                if (e.link() != null) {
                    Anchor link = new Anchor(e.link(), getTranslation("approvals.open-evidence"), AnchorTarget.BLANK);
                    link.setId("decision-" + card.decision().id() + "-evidence-link");
                    link.getElement().setAttribute("rel", "noopener");
                    box.add(link);
                }
                if (!e.items().isEmpty()) {
                    box.add(small(getTranslation("approvals.evidence-attached", e.items().size())),
                            new EvidenceList("decision-" + card.decision().id() + "-evidence-items", e.items(),
                                    evidence));
                }
            }
            case DEADLINE_CHANGE -> {
                DecisionSubjects.RequestedDueDate c = card.requestedDueDate();
                box.add(para(getTranslation("approvals.new-date", c.milestoneName(), c.ownerCode(),
                        Formats.date(c.currentDue()), Formats.date(c.requestedDue()))),
                        para(getTranslation("approvals.new-date-reason", c.reason())));
                box.add(new PushedSuccessorList("decision-" + card.decision().id() + "-pushes",
                        "approvals.new-date-pushes").show(c.pushes()));
            }
        }
        return box;
    }

    private Component rule(DecisionProgress d) {
        Div box = section("approvals.rule");
        Paragraph rule = para("");
        rule.setId("decision-" + d.id() + "-rule");
        switch (d.rule()) {
            case MAJORITY -> {
                rule.setText(getTranslation("approvals.rule.majority", d.quorum(), d.eligible(), d.quorumPercent()));
                Paragraph count = para(getTranslation("approvals.count", d.cast(), d.approvals(), d.rejections())
                        + " " + (d.votesToQuorum() == 0 ? getTranslation("approvals.quorum-reached")
                        : getTranslation("approvals.to-quorum", d.votesToQuorum())));
                count.setId("decision-" + d.id() + "-count");
                box.add(rule, closing(d), count);
                if (d.tie()) {
                    box.add(para(getTranslation("approvals.tie")));
                }
                return box;
            }
            case NO_OBJECTION -> rule.setText(getTranslation("approvals.rule.no-objection",
                    Formats.date(d.lastDay()), d.daysLeft()));
            case CONSENSUS -> rule.setText(getTranslation("approvals.rule.consensus"));
        }
        box.add(rule);
        if (d.rule() == DecisionRule.NO_OBJECTION) {
            Paragraph count = para(getTranslation("approvals.objections", d.rejections(), d.approvals()));
            count.setId("decision-" + d.id() + "-count");
            box.add(count);
        }
        return box;
    }

    /** When the vote closes, in words; or that it closed without its quorum. */
    private Component closing(DecisionProgress d) {
        Paragraph closes = para(d.quorumMissed()
                ? getTranslation(d.extended() ? "approvals.quorum-missed.extended" : "approvals.quorum-missed",
                        Formats.date(d.lastDay()))
                : d.lastDay() == null ? getTranslation("approvals.closes.none")
                : getTranslation("approvals.closes", Formats.date(d.lastDay()), d.daysLeft()));
        closes.setId("decision-" + d.id() + "-closes");
        if (d.quorumMissed()) {
            closes.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return closes;
    }

    private Component votes(ApprovalCard card) {
        DecisionProgress d = card.decision();
        Div box = section("approvals.votes");
        UnorderedList list = new UnorderedList();
        list.setId("decision-" + d.id() + "-votes");
        list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-l)");
        for (DecisionSummary.CastVote v : d.votes()) {
            String line = getTranslation(v.casting() ? "approvals.casting-vote-line" : "approvals.vote-line",
                    v.organisationCode(), getTranslation("vote." + v.choice().name()))
                    + (v.reason() == null ? "" : ": " + v.reason());
            list.add(new ListItem(line));
        }
        if (d.votes().isEmpty()) {
            box.add(small(getTranslation("approvals.no-votes")));
        } else {
            box.add(list);
        }
        if (d.open() && !d.awaiting().isEmpty() && d.rule() != DecisionRule.CONSENSUS) {
            Span awaiting = small(getTranslation("approvals.awaiting", String.join(", ", d.awaiting())));
            awaiting.setId("decision-" + d.id() + "-awaiting");
            box.add(awaiting);
            if (card.mayNudge()) {
                box.add(nudge(card));
            } else if (d.nudgedToday()) {
                box.add(small(getTranslation("approvals.nudged-today")));
            }
        }
        Span recused = small(d.recused() == null ? getTranslation("approvals.recused-none")
                : getTranslation("approvals.recused", d.recused()));
        recused.setId("decision-" + d.id() + "-recused");
        box.add(recused);
        return box;
    }

    private Component standing(ApprovalCard card) {
        DecisionProgress d = card.decision();
        Paragraph mine = para("");
        mine.setId("decision-" + d.id() + "-mine");
        mine.getStyle().set("font-weight", "600");
        mine.setText(switch (card.standing()) {
            case MAY_VOTE -> getTranslation("approvals.mine.may-vote." + card.action().name());
            case VOTED -> getTranslation("approvals.mine.voted", card.myVote().organisationCode(),
                    getTranslation("vote." + card.myVote().choice().name()), card.myVote().voter())
                    + (card.myVote().reason() == null ? "" : ": " + card.myVote().reason());
            case RECUSED -> getTranslation("approvals.mine.recused", d.recused());
            case AT_MEETING -> getTranslation("approvals.mine.at-meeting");
            case READ_ONLY -> getTranslation("approvals.mine.read-only");
            case QUORUM_MISSED -> getTranslation(card.mayResolveQuorum() ? "approvals.mine.quorum-missed.secretariat"
                    : "approvals.mine.quorum-missed");
            case DECIDED -> getTranslation("approvals.mine.decided", getTranslation("outcome." + d.outcome().name()))
                    + (d.outcomeReason() == null ? "" : ": " + d.outcomeReason());
        });
        return mine;
    }

    private Component voteForm(ApprovalCard card) {
        Long id = card.decision().id();
        TextArea reason = new TextArea(getTranslation("decision.reason"));
        reason.setId("reason-" + id);
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setHelperText(getTranslation("decision.reason-help"));
        boolean objection = card.action() == DecisionTasks.Action.OBJECT;
        boolean casting = card.action() == DecisionTasks.Action.CASTING_VOTE;
        Button approve = new Button(getTranslation(objection ? "decision.consent"
                : casting ? "approvals.casting-approve" : "decision.approve"));
        approve.setId("approve-" + id);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation(objection ? "decision.object"
                : casting ? "approvals.casting-reject" : "decision.reject"));
        reject.setId("reject-" + id);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> vote(card, VoteChoice.APPROVE, reason));
        reject.addClickListener(e -> vote(card, VoteChoice.REJECT, reason));
        Div buttons = new Div(approve, reject);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Div form = new Div(reason, buttons);
        form.getStyle().set("margin-top", "var(--lumo-space-s)");
        return form;
    }

    /** The secretariat or the chair asks the members who have not acted to act (once a day, told and recorded). */
    private Component nudge(ApprovalCard card) {
        Long id = card.decision().id();
        Button nudge = new Button(getTranslation("approvals.nudge"));
        nudge.setId("nudge-" + id);
        nudge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        nudge.setTooltipText(getTranslation("approvals.nudge.help"));
        nudge.addClickListener(e -> {
            try {
                var asked = approvals.nudge(id);
                Messages.showSuccess(this, "approvals.nudged", String.join(", ", asked));
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
            show(approvals.decision(id));
        });
        return nudge;
    }

    /** The secretariat's choice for a vote that closed without its quorum: extend it once, or a meeting decides. */
    private Component quorumForm(ApprovalCard card) {
        Long id = card.decision().id();
        Button extend = new Button(getTranslation("approvals.extend"));
        extend.setId("extend-" + id);
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        extend.setEnabled(!card.decision().extended());
        Button meeting = new Button(getTranslation("approvals.to-meeting"));
        meeting.setId("to-meeting-" + id);
        extend.addClickListener(e -> resolveQuorum(card, true));
        meeting.addClickListener(e -> resolveQuorum(card, false));
        Div buttons = new Div(extend, meeting);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        return buttons;
    }

    private void resolveQuorum(ApprovalCard card, boolean extend) {
        try {
            var lastDay = tasks.resolveMissingQuorum(card.taskId(), extend);
            if (extend) {
                Messages.showSuccess(this, "approvals.extended", card.recommendationCode(), Formats.date(lastDay));
            } else {
                Messages.showSuccess(this, "approvals.put-to-meeting", card.recommendationCode());
            }
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
        show(approvals.decision(card.decision().id()));
    }

    private void vote(ApprovalCard card, VoteChoice choice, TextArea reason) {
        try {
            tasks.vote(card.taskId(), choice, reason.getValue());
        } catch (InvalidInputException invalid) {
            var onReason = invalid.problems().stream().filter(p -> "reason".equals(p.field())).toList();
            if (onReason.isEmpty()) {
                Messages.showError(invalid);
            } else {
                reason.setErrorMessage(onReason.stream().map(p -> getTranslation(p.messageKey(), p.arguments()))
                        .collect(Collectors.joining(" ")));
                reason.setInvalid(true);
                reason.focus();
            }
            return;
        } catch (RuntimeException refused) {
            Messages.showError(refused);
            show(approvals.decision(card.decision().id()));
            return;
        }
        Messages.showSuccess(this, "decision.voted", card.recommendationCode());
        show(approvals.decision(card.decision().id()));
    }

    private Div section(String titleKey) {
        Div box = new Div();
        box.getStyle().set("margin-top", "var(--lumo-space-s)");
        Span title = new Span(getTranslation(titleKey));
        title.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("text-transform", "uppercase").set("letter-spacing", "0.05em")
                .set("color", "var(--lumo-secondary-text-color)");
        box.add(title);
        return box;
    }

    private static Paragraph para(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return paragraph;
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return span;
    }
}
