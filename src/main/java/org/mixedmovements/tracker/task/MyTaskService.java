package org.mixedmovements.tracker.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.recommendation.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.DeadlineChangeService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.ImplementationPlanService;
import org.mixedmovements.tracker.recommendation.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.ReportedStatus;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user's tasks and the actions that complete them. Each action first checks that the task is offered to one of
 * the user's groups (their organisation, their organisation's seat in the working group, the secretariat) and is of
 * the expected kind; the feature service then checks its own rules; both happen in one transaction with the engine's
 * step, so nothing is half done.
 */
@Service
@Transactional(readOnly = true)
public class MyTaskService {

    static final int ATTEMPTS = 3;

    private final WorkItems workItems;
    private final RecommendationService recommendations;
    private final ImplementationPlanService plans;
    private final WorkingGroupDecisions decisions;
    private final DeadlineChangeService deadlineChanges;
    private final TransactionTemplate transactions;

    MyTaskService(WorkItems workItems, RecommendationService recommendations, ImplementationPlanService plans,
                  WorkingGroupDecisions decisions, DeadlineChangeService deadlineChanges,
                  PlatformTransactionManager transactionManager) {
        this.workItems = workItems;
        this.recommendations = recommendations;
        this.plans = plans;
        this.decisions = decisions;
        this.deadlineChanges = deadlineChanges;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Tasks offered to the user and their organisation: late ones first, then by due date, then oldest first. */
    public List<TaskCard> myTasks() {
        TrackerUser user = CurrentUser.require();
        return workItems.offeredTo(WorkGroups.of(user)).stream()
                .map(this::card)
                .sorted(Comparator.comparing((TaskCard c) -> c.compliance() == ComplianceStatus.OVERDUE ? 0 : 1)
                        .thenComparing(TaskCard::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskCard::created))
                .toList();
    }

    public TaskCard task(String taskId) {
        return card(offeredToCurrentUser(taskId));
    }

    /** The draft to start from: what the lead proposed before, if the plan came back. */
    public List<MilestoneDraft> draftFor(String taskId) {
        return plans.currentDraft(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId());
    }

    /** Why the group sent the plan back, if it did. */
    public String returnReasonFor(String taskId) {
        return recommendations.details(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId()).planRejectionReason();
    }

    /** The decision behind a vote, objection, casting-vote or consensus task, with a plan's proposed milestones. */
    public DecisionContext decisionFor(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId);
        if (!item.kind().isDecision()) {
            throw new NotFoundException("decision task", taskId);
        }
        DecisionSummary decision = decisions.summary(item.decisionId());
        List<MilestoneDraft> proposed = decision.type() == DecisionType.PLAN
                ? plans.currentDraft(item.recommendationId()) : List.of();
        return new DecisionContext(decision, proposed);
    }

    @Transactional
    public void proposeResponse(String taskId, GroupResponse response, String reason, String targetPeriod) {
        WorkItem item = expect(taskId, WorkItemKind.PROPOSE_RESPONSE);
        recommendations.proposeResponse(item.recommendationId(), response, reason, targetPeriod);
        workItems.complete(taskId);
    }

    @Transactional
    public void nameLead(String taskId, Long leadOrganisationId) {
        WorkItem item = expect(taskId, WorkItemKind.NAME_LEAD);
        String code = recommendations.nameLead(item.recommendationId(), leadOrganisationId);
        workItems.completeNamingLead(taskId, code);
    }

    @Transactional
    public void submitImplementationPlan(String taskId, List<MilestoneDraft> milestones) {
        WorkItem item = expect(taskId, WorkItemKind.DRAFT_PLAN);
        plans.submit(item.recommendationId(), milestones);
        workItems.complete(taskId);
    }

    /**
     * A member organisation's vote (or objection, or the chair's casting vote). Two members voting at the same moment
     * both count: the one whose transaction loses the race is tried again.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void vote(String taskId, VoteChoice choice, String reason) {
        retryingConflicts(() -> {
            WorkItem item = offeredToCurrentUser(taskId);
            switch (item.kind()) {
                case CAST_VOTE, CONSIDER_OBJECTION -> decisions.castVote(item.decisionId(), choice, reason);
                case CHAIR_DECIDES -> decisions.castChairVote(item.decisionId(), choice, reason);
                default -> throw new NotFoundException("vote task", taskId);
            }
            workItems.complete(taskId);
            return null;
        });
    }

    @Transactional
    public void recordConsensus(String taskId, Outcome outcome, LocalDate meetingDate, String minutes, String reason) {
        WorkItem item = expect(taskId, WorkItemKind.RECORD_CONSENSUS);
        decisions.recordConsensus(item.decisionId(), outcome, meetingDate, minutes, reason);
        workItems.complete(taskId);
    }

    /** The owner reports progress; reporting "done" completes the work task. */
    @Transactional
    public MilestoneRow reportMilestone(String taskId, ReportedStatus status, int progress, String evidence) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        MilestoneRow row = plans.report(item.milestoneId(), status, progress, evidence);
        if (status == ReportedStatus.DONE) {
            workItems.complete(taskId);
        }
        return row;
    }

    /** The owner asks for more time: the group decides on the new date. */
    @Transactional
    public void requestDeadlineChange(String taskId, LocalDate newDue, String reason) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        deadlineChanges.request(item.milestoneId(), newDue, reason);
    }

    @Transactional
    public void finalReview(String taskId, Closure closure, String reason) {
        WorkItem item = expect(taskId, WorkItemKind.FINAL_REVIEW);
        recommendations.close(item.recommendationId(), closure, reason);
        workItems.complete(taskId);
    }

    private <T> T retryingConflicts(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> action.get());
            } catch (ConcurrentUpdateException | OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentUpdateException();
                }
            }
        }
    }

    private WorkItem expect(String taskId, WorkItemKind kind) {
        WorkItem item = offeredToCurrentUser(taskId);
        if (item.kind() != kind) {
            throw new NotFoundException("task", taskId);
        }
        return item;
    }

    private WorkItem offeredToCurrentUser(String taskId) {
        TrackerUser user = CurrentUser.require();
        WorkItem item = workItems.find(taskId).orElseThrow(() -> new StateConflictException("task.error.gone"));
        if (!item.offeredToAny(WorkGroups.of(user))) {
            throw new NotPermittedException("task.error.not-yours");
        }
        return item;
    }

    private TaskCard card(WorkItem item) {
        RecommendationSummary r = recommendations.summary(item.recommendationId());
        MilestoneRow m = item.milestoneId() == null ? null : plans.milestoneRow(item.milestoneId());
        DecisionType decisionType = item.decisionId() == null ? null : decisions.type(item.decisionId());
        return new TaskCard(item.id(), item.kind(), r.id(), r.code(), r.title(), r.leadOrganisationCode(),
                m == null ? null : m.id(), m == null ? null : m.name(), m == null ? null : m.currentDue(),
                m == null ? null : m.compliance(), m == null ? 0 : m.progress(), item.decisionId(), decisionType,
                item.created());
    }
}
