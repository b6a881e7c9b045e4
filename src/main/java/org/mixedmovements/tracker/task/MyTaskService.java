package org.mixedmovements.tracker.task;

import java.util.Comparator;
import java.util.List;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.recommendation.ComplianceStatus;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's tasks and the actions that complete them. Each action first checks that the task is offered to the
 * user's organisation (or to the working group, for members) and is of the expected kind; the domain service then
 * checks its own rules; both happen in one transaction with the engine's step, so nothing is half done.
 */
@Service
@Transactional(readOnly = true)
public class MyTaskService {

    private final WorkItems workItems;
    private final RecommendationService recommendations;
    private final ImplementationPlanService plans;

    MyTaskService(WorkItems workItems, RecommendationService recommendations, ImplementationPlanService plans) {
        this.workItems = workItems;
        this.recommendations = recommendations;
        this.plans = plans;
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
        return card(offeredToCurrentUser(taskId, null));
    }

    /** The draft to start from: what the lead proposed before, if the plan came back. */
    public List<MilestoneDraft> draftFor(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.DRAFT_PLAN);
        return plans.currentDraft(item.recommendationId());
    }

    /** The plan a working-group member decides on. */
    public List<MilestoneDraft> proposedPlanFor(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.APPROVE_PLAN);
        return plans.currentDraft(item.recommendationId());
    }

    /** Why the group sent the plan back, if it did. */
    public String returnReasonFor(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.DRAFT_PLAN);
        return recommendations.details(item.recommendationId()).planRejectionReason();
    }

    @Transactional
    public void submitImplementationPlan(String taskId, List<MilestoneDraft> milestones) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.DRAFT_PLAN);
        plans.submit(item.recommendationId(), milestones);
        workItems.completePlanDraft(taskId);
    }

    @Transactional
    public void approvePlan(String taskId) {
        decide(taskId, true, null);
    }

    @Transactional
    public void rejectPlan(String taskId, String reason) {
        decide(taskId, false, reason);
    }

    private void decide(String taskId, boolean approved, String reason) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.APPROVE_PLAN);
        plans.recordDecision(item.recommendationId(), approved, reason);
        workItems.completePlanDecision(taskId, approved, reason == null ? null : reason.strip());
    }

    /** The owner reports progress; reporting "done" completes the work task. */
    @Transactional
    public MilestoneRow reportMilestone(String taskId, ReportedStatus status, int progress) {
        WorkItem item = offeredToCurrentUser(taskId, WorkItemKind.WORK_ON_MILESTONE);
        MilestoneRow row = plans.report(item.milestoneId(), status, progress);
        if (status == ReportedStatus.DONE) {
            workItems.completeMilestoneWork(taskId);
        }
        return row;
    }

    private WorkItem offeredToCurrentUser(String taskId, WorkItemKind expected) {
        TrackerUser user = CurrentUser.require();
        WorkItem item = workItems.find(taskId).orElseThrow(() -> new StateConflictException("task.error.gone"));
        if (!item.offeredToAny(WorkGroups.of(user))) {
            throw new NotPermittedException("task.error.not-yours");
        }
        if (expected != null && item.kind() != expected) {
            throw new NotFoundException("task", taskId);
        }
        return item;
    }

    private TaskCard card(WorkItem item) {
        RecommendationSummary r = recommendations.summary(item.recommendationId());
        MilestoneRow m = item.milestoneId() == null ? null : plans.milestoneRow(item.milestoneId());
        return new TaskCard(item.id(), item.kind(), r.id(), r.code(), r.title(), r.leadOrganisationCode(),
                m == null ? null : m.id(), m == null ? null : m.name(), m == null ? null : m.currentDue(),
                m == null ? null : m.compliance(), m == null ? 0 : m.progress(), item.created());
    }
}
