package org.mixedmovements.tracker.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.account.Contact;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.assignment.TaskAssigned;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.milestone.MilestoneDeadlineReached;
import org.mixedmovements.tracker.milestone.MilestoneOwnerChanged;
import org.mixedmovements.tracker.milestone.ImplementationPlanApproved;
import org.mixedmovements.tracker.milestone.ImplementationPlanReturned;
import org.mixedmovements.tracker.milestone.MilestoneActivated;
import org.mixedmovements.tracker.milestone.MilestoneDueDateMoved;
import org.mixedmovements.tracker.milestone.RecommendationDirectory;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.progressreport.ProgressReportStep;
import org.mixedmovements.tracker.recommendation.FinalReviewStarted;
import org.mixedmovements.tracker.recommendation.LeadNamed;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.MilestoneLabel;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workinggroup.DecisionOpened;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionTaken;
import org.mixedmovements.tracker.workinggroup.MembersAwaited;
import org.mixedmovements.tracker.workinggroup.QuorumNotReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into notifications, synchronously in the publishing transaction (plain {@code @EventListener}:
 * the rows commit or roll back with the change). Who is told:
 * <ul>
 * <li>a task given to a person: that person;</li>
 * <li>a milestone given to another organisation: the new owner's agency focal points;</li>
 * <li>a reminder or an overdue mark: the owner organisation's agency focal points;</li>
 * <li>the escalation to the secretariat: those and the secretariat; to the chair: those, the secretariat and the
 * chair organisation's working-group members;</li>
 * <li>a decision taken: the working-group members and the secretariat;</li>
 * <li>work offered: a vote or a period to object opened, the working-group members of the organisations that vote on
 * it (never the organisation that owns what is decided); a consensus to record at a meeting, the secretariat; a lead
 * named or a plan sent back, the lead organisation's focal points (agency staff and working-group members); a
 * milestone of an approved plan, its owner's focal points unless the owner leads the plan; a final review, the
 * secretariat;</li>
 * <li>a decision closing soon, a nudge or an extended vote: the working-group members of the voting organisations
 * that have not acted yet, and only they; a vote closed without its quorum: the secretariat;</li>
 * <li>for information: a plan approved, the lead's focal points; a due date moved, the owner's focal points;</li>
 * <li>a progress report owed or reminded: the lead's focal points; escalated when missing: those and the
 * secretariat.</li>
 * </ul>
 */
@Component
class NotificationEvents {

    private final Outbox outbox;
    private final UserDirectory users;
    private final OrganisationService organisations;
    private final RecommendationLabels labels;
    private final WorkItems workItems;
    private final RecommendationDirectory recommendations;
    private final Clock clock;

    NotificationEvents(Outbox outbox, UserDirectory users, OrganisationService organisations,
                       RecommendationLabels labels, WorkItems workItems, RecommendationDirectory recommendations,
                       Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
        this.outbox = outbox;
        this.users = users;
        this.organisations = organisations;
        this.labels = labels;
        this.workItems = workItems;
    }

    @EventListener
    void on(TaskAssigned assigned) {
        Optional<WorkItem> item = workItems.find(assigned.taskId());
        String task = item.map(i -> InboxItem.KEY_PREFIX + "task.kind." + i.kind().name()).orElse("");
        List<String> arguments = arguments(assigned.recommendationId(), assigned.milestoneId());
        arguments.add(task);
        arguments.add(assigned.assignedBy());
        arguments.add(assigned.reason() == null ? "" : assigned.reason());
        users.contact(assigned.assignee()).ifPresent(person -> outbox.tell(person, NotificationKind.TASK_ASSIGNED,
                "task-assigned:" + assigned.taskId() + ":" + assigned.assignee(), assigned.recommendationId(),
                assigned.milestoneId(), Target.task(item.map(NotificationEvents::workOf).orElseGet(() ->
                        assigned.milestoneId() == null ? null : Target.milestoneKey(assigned.milestoneId()))),
                arguments));
    }

    /** The work a task is about, named as the notifications that offer it name it, so the same event finishes both. */
    private static String workOf(WorkItem item) {
        if (item.decisionId() != null) {
            // any task of a decision (a vote, an objection, the chair's vote, a consensus, a quorum to resolve)
            return Target.decisionKey(item.decisionId());
        }
        return switch (item.kind()) {
            case WORK_ON_MILESTONE -> Target.milestoneKey(item.milestoneId());
            case DRAFT_PLAN -> Target.planKey(item.recommendationId());
            case FINAL_REVIEW -> Target.finalReviewKey(item.recommendationId());
            case PROPOSE_RESPONSE -> Target.responseKey(item.recommendationId());
            case NAME_LEAD -> Target.leadKey(item.recommendationId());
            case SUBMIT_PROGRESS_REPORT -> Target.progressReportKey(item.progressReportId());
            default -> item.milestoneId() == null ? null : Target.milestoneKey(item.milestoneId());
        };
    }

    @EventListener
    void on(MilestoneOwnerChanged changed) {
        List<String> arguments = arguments(changed.recommendationId(), changed.milestoneId());
        arguments.add(changed.newOwnerCode());
        arguments.add(changed.previousOwnerCode());
        arguments.add(changed.reason() == null ? "" : changed.reason());
        tellAll(agencyOf(changed.newOwnerId()), NotificationKind.MILESTONE_OWNER_CHANGED,
                "owner:" + changed.milestoneId() + ":" + changed.previousOwnerId() + ":" + changed.newOwnerId(),
                changed.recommendationId(), changed.milestoneId(),
                Target.milestone(changed.recommendationId(), changed.milestoneId()), arguments);
    }

    @EventListener
    void on(MilestoneDeadlineReached reached) {
        MilestoneLabel milestone = labels.milestones(List.of(reached.milestoneId())).get(reached.milestoneId());
        Map<Long, Contact> recipients = new LinkedHashMap<>();
        agencyOf(milestone.ownerOrganisationId()).forEach(c -> recipients.putIfAbsent(c.id(), c));
        NotificationKind kind = switch (reached.kind()) {
            case REMINDER -> NotificationKind.REMINDER;
            case OVERDUE -> NotificationKind.OVERDUE;
            case ESCALATED_TO_SECRETARIAT -> NotificationKind.ESCALATED_TO_SECRETARIAT;
            case ESCALATED_TO_CHAIR -> NotificationKind.ESCALATED_TO_CHAIR;
        };
        if (kind == NotificationKind.ESCALATED_TO_SECRETARIAT || kind == NotificationKind.ESCALATED_TO_CHAIR) {
            users.contactsWith(Role.SECRETARIAT).forEach(c -> recipients.putIfAbsent(c.id(), c));
        }
        if (kind == NotificationKind.ESCALATED_TO_CHAIR) {
            organisations.chair().ifPresent(chair -> users.contactsOf(List.of(chair.getId()), Set.of(Role.WG_MEMBER))
                    .forEach(c -> recipients.putIfAbsent(c.id(), c)));
        }
        List<String> arguments = arguments(reached.recommendationId(), milestone);
        arguments.add(InboxItem.date(reached.dueDate()));
        tellAll(recipients.values(), kind,
                "deadline:" + reached.milestoneId() + ":" + reached.kind() + ":" + reached.dueDate(),
                reached.recommendationId(), reached.milestoneId(), Target.information(reached.recommendationId()),
                arguments);
    }

    @EventListener
    void on(DecisionTaken taken) {
        List<String> arguments = arguments(taken.recommendationId(), (MilestoneLabel) null);
        arguments.add(InboxItem.KEY_PREFIX + "decision.type." + taken.type().name());
        arguments.add(InboxItem.KEY_PREFIX + "outcome." + taken.outcome().name());
        arguments.add(InboxItem.phrase("notification.tally." + taken.rule().name(), taken.approvals(),
                taken.rejections()));
        Map<Long, Contact> recipients = new LinkedHashMap<>();
        users.contactsWith(Role.WG_MEMBER).forEach(c -> recipients.putIfAbsent(c.id(), c));
        users.contactsWith(Role.SECRETARIAT).forEach(c -> recipients.putIfAbsent(c.id(), c));
        tellAll(recipients.values(), NotificationKind.DECISION_TAKEN, "decision:" + taken.decisionId(),
                taken.recommendationId(), null, Target.information(taken.recommendationId()), arguments);
    }

    @EventListener
    void on(DecisionOpened opened) {
        List<String> arguments = arguments(opened.recommendationId(), (MilestoneLabel) null);
        arguments.add(InboxItem.KEY_PREFIX + "decision.type." + opened.type().name());
        arguments.add(InboxItem.date(opened.lastDay()));
        arguments.add(String.valueOf(opened.quorum()));
        Collection<Contact> recipients;
        NotificationKind kind;
        if (opened.rule() == DecisionRule.CONSENSUS) {
            kind = NotificationKind.CONSENSUS_TO_RECORD;
            recipients = users.contactsWith(Role.SECRETARIAT);
        } else {
            kind = opened.rule() == DecisionRule.NO_OBJECTION ? NotificationKind.OBJECTION_PERIOD_OPENED
                    : NotificationKind.VOTE_OPENED;
            List<Long> voters = organisations.votingMembers().stream().map(Organisation::getId)
                    .filter(id -> !id.equals(opened.ownerOrganisationId())).toList();
            recipients = voters.isEmpty() ? List.of() : users.contactsOf(voters, Set.of(Role.WG_MEMBER));
        }
        tellAll(recipients, kind, "decision-opened:" + opened.decisionId(), opened.recommendationId(), null,
                Target.decision(opened.decisionId()), arguments);
    }

    /**
     * The members of the organisations that have not acted on an open decision: reminded before it closes, nudged by
     * the secretariat or the chair, or told that the vote was extended.
     */
    @EventListener
    void on(MembersAwaited awaited) {
        List<String> arguments = arguments(awaited.recommendationId(), (MilestoneLabel) null);
        arguments.add(InboxItem.KEY_PREFIX + "decision.type." + awaited.type().name());
        arguments.add(InboxItem.date(awaited.lastDay()));
        arguments.add(InboxItem.KEY_PREFIX + "notification.awaited." + awaited.rule().name());
        arguments.add(awaited.nudgedBy() == null ? "" : awaited.nudgedBy());
        NotificationKind kind = switch (awaited.why()) {
            case CLOSING_SOON -> NotificationKind.DECISION_CLOSING_SOON;
            case NUDGE -> NotificationKind.DECISION_NUDGE;
            case EXTENDED -> NotificationKind.VOTE_EXTENDED;
        };
        // a reminder and an extension happen once per period; a nudge at most once a day, each one told
        String eventKey = switch (awaited.why()) {
            case CLOSING_SOON -> "decision-closing:" + awaited.decisionId() + ":" + awaited.lastDay();
            case NUDGE -> "decision-nudge:" + awaited.decisionId() + ":" + clock.millis();
            case EXTENDED -> "decision-extended:" + awaited.decisionId();
        };
        Collection<Contact> recipients = awaited.organisationIds().isEmpty() ? List.of()
                : users.contactsOf(awaited.organisationIds(), Set.of(Role.WG_MEMBER));
        tellAll(recipients, kind, eventKey, awaited.recommendationId(), null, Target.decision(awaited.decisionId()),
                arguments);
    }

    @EventListener
    void on(QuorumNotReached missed) {
        List<String> arguments = arguments(missed.recommendationId(), (MilestoneLabel) null);
        arguments.add(InboxItem.KEY_PREFIX + "decision.type." + missed.type().name());
        arguments.add(InboxItem.date(missed.lastDay()));
        arguments.add(String.valueOf(missed.cast()));
        arguments.add(String.valueOf(missed.quorum()));
        arguments.add(InboxItem.KEY_PREFIX + (missed.mayExtend() ? "notification.quorum.may-extend"
                : "notification.quorum.meeting-only"));
        tellAll(users.contactsWith(Role.SECRETARIAT), NotificationKind.QUORUM_NOT_REACHED,
                "quorum-not-reached:" + missed.decisionId() + ":" + missed.lastDay(), missed.recommendationId(), null,
                Target.quorum(missed.decisionId()), arguments);
    }

    @EventListener
    void on(LeadNamed named) {
        List<String> arguments = arguments(named.recommendationId(), (MilestoneLabel) null);
        arguments.add(organisations.get(named.leadOrganisationId()).getCode());
        tellAll(focalPointsOf(named.leadOrganisationId()), NotificationKind.LEAD_NAMED,
                "lead-named:" + named.recommendationId() + ":" + named.leadOrganisationId(), named.recommendationId(),
                null, Target.plan(named.recommendationId()), arguments);
    }

    @EventListener
    void on(ImplementationPlanReturned returned) {
        Long lead = leadOf(returned.recommendationId());
        List<String> arguments = arguments(returned.recommendationId(), (MilestoneLabel) null);
        arguments.add(returned.reason() == null ? "" : returned.reason());
        tellAll(focalPointsOf(lead), NotificationKind.PLAN_RETURNED,
                "plan-returned:" + returned.recommendationId() + ":" + clock.millis(),
                returned.recommendationId(), null, Target.plan(returned.recommendationId()), arguments);
    }

    @EventListener
    void on(ImplementationPlanApproved approved) {
        Long lead = leadOf(approved.recommendationId());
        tellAll(focalPointsOf(lead), NotificationKind.PLAN_APPROVED, "plan-approved:" + approved.recommendationId(),
                approved.recommendationId(), null, Target.information(approved.recommendationId()),
                arguments(approved.recommendationId(), (MilestoneLabel) null));
    }

    @EventListener
    void on(MilestoneActivated activated) {
        Long lead = leadOf(activated.recommendationId());
        if (activated.ownerOrganisationId().equals(lead)) {
            return; // the lead drafted the plan: it knows its milestones
        }
        List<String> arguments = arguments(activated.recommendationId(), activated.milestoneId());
        arguments.add(organisations.get(activated.ownerOrganisationId()).getCode());
        arguments.add(InboxItem.date(activated.due()));
        tellAll(focalPointsOf(activated.ownerOrganisationId()), NotificationKind.MILESTONE_GIVEN,
                "milestone-given:" + activated.milestoneId() + ":" + activated.ownerOrganisationId(),
                activated.recommendationId(), activated.milestoneId(),
                Target.milestone(activated.recommendationId(), activated.milestoneId()), arguments);
    }

    @EventListener
    void on(MilestoneDueDateMoved moved) {
        MilestoneLabel milestone = labels.milestones(List.of(moved.milestoneId())).get(moved.milestoneId());
        List<String> arguments = arguments(moved.recommendationId(), milestone);
        arguments.add(InboxItem.date(moved.previousDue()));
        arguments.add(InboxItem.date(moved.newDue()));
        tellAll(focalPointsOf(milestone.ownerOrganisationId()), NotificationKind.DUE_DATE_MOVED,
                "due-moved:" + moved.milestoneId() + ":" + moved.newDue(), moved.recommendationId(),
                moved.milestoneId(), Target.information(moved.recommendationId()), arguments);
    }

    @EventListener
    void on(FinalReviewStarted started) {
        tellAll(users.contactsWith(Role.SECRETARIAT), NotificationKind.FINAL_REVIEW_DUE,
                "final-review:" + started.recommendationId(), started.recommendationId(), null,
                Target.finalReview(started.recommendationId()),
                arguments(started.recommendationId(), (MilestoneLabel) null));
    }

    /**
     * A progress report owed (work offered), reminded before its due date, or escalated once missing: the lead's focal
     * points, and for the escalation the secretariat too. {3} is the period, {4} the due date.
     */
    @EventListener
    void on(ProgressReportStep step) {
        NotificationKind kind = switch (step.step()) {
            case DUE -> NotificationKind.PROGRESS_REPORT_DUE;
            case REMINDED -> NotificationKind.PROGRESS_REPORT_REMINDER;
            case ESCALATED -> NotificationKind.PROGRESS_REPORT_ESCALATED;
            case SUBMITTED -> null;
        };
        if (kind == null) {
            return;
        }
        Map<Long, Contact> recipients = new LinkedHashMap<>();
        focalPointsOf(step.organisationId()).forEach(c -> recipients.putIfAbsent(c.id(), c));
        if (kind == NotificationKind.PROGRESS_REPORT_ESCALATED) {
            users.contactsWith(Role.SECRETARIAT).forEach(c -> recipients.putIfAbsent(c.id(), c));
        }
        List<String> arguments = arguments(step.recommendationId(), (MilestoneLabel) null);
        Object[] period = step.period().labelArguments(step.periodStart());
        arguments.add(InboxItem.phrase(step.period().labelKey(), (Integer) period[0], (Integer) period[1]));
        arguments.add(InboxItem.date(step.dueDate()));
        tellAll(recipients.values(), kind, "progress-report:" + step.reportId() + ":" + step.step(),
                step.recommendationId(), null, kind == NotificationKind.PROGRESS_REPORT_ESCALATED
                        // the secretariat has no task to open: the recommendation's page shows the missing report
                        ? Target.information(step.recommendationId()) : Target.progressReport(step.reportId()),
                arguments);
    }

    /**
     * The recommendation's lead organisation, from the directory the milestone feature reads too (one look-up by key,
     * already in the persistence context when a plan is activated; not the summary, which counts milestones).
     */
    private Long leadOf(Long recommendationId) {
        return recommendations.get(recommendationId).leadOrganisationId();
    }

    /** Who drafts and updates an organisation's work: its agency staff and its working-group members. */
    private List<Contact> focalPointsOf(Long organisationId) {
        return organisationId == null ? List.of()
                : users.contactsOf(List.of(organisationId), Set.of(Role.AGENCY, Role.WG_MEMBER));
    }

    private List<Contact> agencyOf(Long organisationId) {
        return organisationId == null ? List.of() : users.contactsOf(List.of(organisationId), Set.of(Role.AGENCY));
    }

    private void tellAll(Collection<Contact> recipients, NotificationKind kind, String eventKey, Long recommendationId,
                         Long milestoneId, Target target, List<String> arguments) {
        outbox.tellAll(recipients, kind, eventKey, recommendationId, milestoneId, target, arguments);
    }

    /** {0} the recommendation's code, {1} its title, {2} the milestone's name (empty when none). */
    private List<String> arguments(Long recommendationId, Long milestoneId) {
        return arguments(recommendationId,
                milestoneId == null ? null : labels.milestones(List.of(milestoneId)).get(milestoneId));
    }

    private List<String> arguments(Long recommendationId, MilestoneLabel milestone) {
        List<String> arguments = new ArrayList<>();
        RecommendationLabel recommendation = recommendationId == null ? null
                : labels.recommendations(List.of(recommendationId)).get(recommendationId);
        arguments.add(recommendation == null ? "" : recommendation.code());
        arguments.add(recommendation == null ? "" : recommendation.title());
        arguments.add(milestone == null ? "" : milestone.name());
        return arguments;
    }
}
