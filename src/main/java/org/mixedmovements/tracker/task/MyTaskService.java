package org.mixedmovements.tracker.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.recommendation.Closure;
import org.mixedmovements.tracker.milestone.DeadlineChangeService;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.progressreport.ProgressReportDraft;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.mixedmovements.tracker.progressreport.ProgressReports;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workflow.TaskClaims;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workflow.WorkList;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user's tasks and the actions that complete them. Each action first checks that the task is offered to one of
 * the user's groups (their organisation, their organisation's seat in the working group, the secretariat), that no
 * one else has claimed it, and that it is of the expected kind; the feature service then checks its own rules; both
 * happen in one transaction with the engine's step, so nothing is half done.
 */
@Service
@Transactional(readOnly = true)
public class MyTaskService {

    /**
     * Attempts of a change that lost a race, with a random pause between two that grows: twenty members voting on one
     * decision at once collide on its counters again and again when tried again at once (issue 24: with three
     * attempts and no pause, members got "someone changed this at the same moment" at twenty votes in flight).
     */
    static final int ATTEMPTS = 8;
    /** Claims are recorded in the history of the recommendation the task belongs to. */
    static final String AUDIT_SUBJECT = "recommendation";

    private final WorkItems workItems;
    private final Clock clock;
    private final RecommendationService recommendations;
    private final ImplementationPlanService plans;
    private final WorkingGroupDecisions decisions;
    private final DeadlineChangeService deadlineChanges;
    private final TransactionTemplate transactions;
    private final TaskCards cards;
    private final TaskClaims claims;
    private final EvidenceService evidence;
    private final AuditLog audit;
    private final MilestoneDependencies dependencies;
    private final ProgressReports progressReports;
    private final ProgressReportQueries progressReportQueries;

    MyTaskService(WorkItems workItems, RecommendationService recommendations, ImplementationPlanService plans,
                  WorkingGroupDecisions decisions, DeadlineChangeService deadlineChanges,
                  PlatformTransactionManager transactionManager, TaskCards cards, TaskClaims claims,
                  EvidenceService evidence, AuditLog audit, Clock clock, MilestoneDependencies dependencies,
                  ProgressReports progressReports, ProgressReportQueries progressReportQueries) {
        this.dependencies = dependencies;
        this.progressReports = progressReports;
        this.progressReportQueries = progressReportQueries;
        this.clock = clock;
        this.cards = cards;
        this.claims = claims;
        this.evidence = evidence;
        this.audit = audit;
        this.workItems = workItems;
        this.recommendations = recommendations;
        this.plans = plans;
        this.decisions = decisions;
        this.deadlineChanges = deadlineChanges;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The tasks the user may do: held by them, or offered to one of their groups and held by nobody. Late ones first,
     * then by due date, then oldest first, as the database sorts them. All at once, for the search that matches them by
     * text; lists page through {@link TaskListService}.
     */
    public List<TaskCard> myTasks() {
        TrackerUser user = CurrentUser.require();
        return workItems.all(WorkList.availableTo(WorkGroups.of(user), user.getUsername())).stream()
                .map(cards::card).toList();
    }

    public TaskCard task(String taskId) {
        return cards.card(offeredToCurrentUser(taskId));
    }

    /** The user takes the task: from now on only they complete it, until they release it. */
    @Transactional
    public void claim(String taskId) {
        TrackerUser user = CurrentUser.require();
        WorkItem item = claims.claim(taskId, user.getUsername(), WorkGroups.of(user));
        audit.record("TASK_CLAIMED", AUDIT_SUBJECT, item.recommendationId(),
                describe("audit.details.task-claimed", item, user.getUsername()), "task " + taskId);
    }

    /** The holder gives the task back to its group. */
    @Transactional
    public void release(String taskId) {
        TrackerUser user = CurrentUser.require();
        WorkItem item = claims.release(taskId, user.getUsername());
        audit.record("TASK_RELEASED", AUDIT_SUBJECT, item.recommendationId(),
                describe("audit.details.task-released", item, user.getUsername()), "task " + taskId);
    }

    /** The draft to start from: what the lead proposed before, if the plan came back. */
    public List<MilestoneDraft> draftFor(String taskId) {
        return plans.currentDraft(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId());
    }

    /** Why the group sent the plan back, if it did. */
    /** What the plan's milestones say about their country (the lead's form shows the field accordingly). */
    public ImplementationPlanService.CountryRule draftCountries(String taskId) {
        return plans.countryRule(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId());
    }

    /** The problems of one milestone of the draft, checked as the lead adds it, by the rules of submitting. */
    public List<InvalidInputException.Problem> checkMilestoneDraft(String taskId, MilestoneDraft draft) {
        return plans.problemsOf(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId(), draft);
    }

    /** The milestones of the plan's other recommendations that a milestone of the draft may wait for. */
    public List<MilestoneDependencies.Candidate> predecessorCandidates(String taskId) {
        return dependencies.candidates(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId());
    }

    /** The draft's rows due before a milestone they wait for: warnings, the plan may be submitted all the same. */
    public List<MilestoneDependencies.DraftWarning> draftWarnings(String taskId, List<MilestoneDraft> draft) {
        expect(taskId, WorkItemKind.DRAFT_PLAN);
        return dependencies.warnings(draft);
    }

    /** The milestones of the task's milestone that would be due before it if it were due on {@code newDue}. */
    public List<MilestoneDependencies.PushedSuccessor> successorsPushed(String taskId, LocalDate newDue) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        return newDue == null ? List.of() : dependencies.pushedBy(item.milestoneId(), newDue);
    }

    /** What the task's milestone waits for, with a warning where it is due before. */
    public List<MilestoneDependencies.Waiting> milestoneWaitsFor(String taskId) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        return dependencies.ofRecommendation(item.recommendationId()).stream()
                .filter(w -> w.milestoneId().equals(item.milestoneId())).toList();
    }

    public String returnReasonFor(String taskId) {
        return recommendations.details(expect(taskId, WorkItemKind.DRAFT_PLAN).recommendationId()).planRejectionReason();
    }

    /**
     * The decision behind a vote, objection, casting-vote or consensus task, with a plan's proposed milestones or a
     * milestone's evidence.
     */
    /**
     * A target period to give as an example on the response form: next year's second half ({@code 2027-H2} in 2026), so
     * that the examples are never in the past.
     */
    public String exampleTargetPeriod() {
        return (LocalDate.now(clock).getYear() + 1) + "-H2";
    }

    public DecisionContext decisionFor(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId);
        if (!item.kind().isDecision()) {
            throw new NotFoundException("decision task", taskId);
        }
        DecisionSummary decision = decisions.summary(item.decisionId());
        List<MilestoneDraft> proposed = decision.type() == DecisionType.PLAN
                ? plans.currentDraft(item.recommendationId()) : List.of();
        List<EvidenceItem> attached = decision.type() == DecisionType.MILESTONE
                ? evidence.list(decision.subjectId()) : List.of();
        List<MilestoneDependencies.PushedSuccessor> pushes = decision.type() == DecisionType.DEADLINE_CHANGE
                ? dependencies.pushedByRequest(decision.subjectId()) : List.of();
        return new DecisionContext(decision, proposed, attached, recommendations.planZone(item.recommendationId()),
                pushes);
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

    /**
     * The secretariat records at a meeting how a member organisation present voted on a decision waiting for the
     * group's votes: {@link WorkingGroupDecisions#castVoteAtMeeting} checks and counts it, and the organisation's own
     * vote (or objection) task is completed, so the decision settles under the plan's rule as if the organisation had
     * voted itself. Runs in the caller's transaction: a meeting's votes are recorded together or not at all.
     */
    @Transactional
    public void recordVoteAtMeeting(Long decisionId, Long organisationId, String organisationCode, VoteChoice choice,
                                    String reason, String meeting) {
        String taskId = workItems.all(WorkList.offeredTo(java.util.Set.of(WorkGroups.member(organisationCode))))
                .stream()
                .filter(w -> decisionId.equals(w.decisionId())
                        && (w.kind() == WorkItemKind.CAST_VOTE || w.kind() == WorkItemKind.CONSIDER_OBJECTION))
                .map(WorkItem::id).findFirst().orElse(null);
        decisions.castVoteAtMeeting(decisionId, organisationId, choice, reason, meeting);
        if (taskId == null) {
            throw new StateConflictException("decision.error.closed");
        }
        workItems.complete(taskId);
    }

    @Transactional
    public void recordConsensus(String taskId, Outcome outcome, LocalDate meetingDate, String minutes, String reason) {
        WorkItem item = expect(taskId, WorkItemKind.RECORD_CONSENSUS);
        decisions.recordConsensus(item.decisionId(), outcome, meetingDate, minutes, reason);
        workItems.complete(taskId);
    }

    /**
     * The secretariat's choice for a vote that closed without its quorum: a second period (once), or a meeting whose
     * consensus it then records. Returns the new last day of an extended vote (null for a meeting).
     */
    @Transactional
    public LocalDate resolveMissingQuorum(String taskId, boolean extend) {
        WorkItem item = expect(taskId, WorkItemKind.RESOLVE_QUORUM);
        LocalDate lastDay = null;
        if (extend) {
            lastDay = decisions.extend(item.decisionId());
        } else {
            decisions.putToMeeting(item.decisionId());
        }
        workItems.completeResolvingQuorum(taskId, extend);
        return lastDay;
    }

    /**
     * The owner reports status, progress and a note; reporting "done" completes the work task. Two reports at the same
     * moment (two people of the organisation, two nodes) both count, the later one last: the one whose transaction
     * loses the race is tried again.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MilestoneRow reportMilestone(String taskId, ReportedStatus status, int progress, String note) {
        return reportMilestone(taskId, null, status, progress, note);
    }

    /**
     * The owner's report on the milestone as they read it ({@code expectedVersion}, from {@link #milestoneReport}):
     * when someone else saved the milestone since, nothing is saved and {@code MilestoneChangedMeanwhile} says what it
     * is now. Not tried again then, since that would save over the other person's report. {@code null}: no check.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MilestoneRow reportMilestone(String taskId, Long expectedVersion, ReportedStatus status, int progress,
                                        String note) {
        return retryingConflicts(() -> {
            WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
            MilestoneRow row = plans.report(item.milestoneId(), expectedVersion, status, progress, note);
            if (status == ReportedStatus.DONE) {
                workItems.complete(taskId);
            }
            return row;
        });
    }

    /** The owner's last report on the task's milestone, to start the next one from. */
    public MilestoneReport milestoneReport(String taskId) {
        return plans.currentReport(expect(taskId, WorkItemKind.WORK_ON_MILESTONE).milestoneId());
    }

    /** The version of the task's milestone when the task is work on a milestone (the API's ETag). */
    public OptionalLong milestoneVersion(String taskId) {
        WorkItem item = offeredToCurrentUser(taskId);
        return item.kind() == WorkItemKind.WORK_ON_MILESTONE
                ? OptionalLong.of(plans.version(item.milestoneId())) : OptionalLong.empty();
    }

    /**
     * Refuses a change of the task's milestone made on an earlier version than the current one
     * ({@code MilestoneChangedMeanwhile}); called in the transaction of the change.
     */
    public void requireMilestoneVersion(String taskId, long expectedVersion) {
        plans.requireVersion(expect(taskId, WorkItemKind.WORK_ON_MILESTONE).milestoneId(), expectedVersion);
    }

    /** The evidence attached to the task's milestone, newest first. */
    public List<EvidenceItem> evidenceFor(String taskId) {
        return evidence.list(expect(taskId, WorkItemKind.WORK_ON_MILESTONE).milestoneId());
    }

    /** The owner attaches a file to the task's milestone (see {@code EvidencePolicy} for what is accepted). */
    @Transactional
    public EvidenceItem attachFile(String taskId, String fileName, String contentType, byte[] content, String note) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        return evidence.addFile(item.milestoneId(), fileName, contentType, content, note);
    }

    /** The owner attaches a link (http or https) to the task's milestone. */
    @Transactional
    public EvidenceItem attachLink(String taskId, String url, String note) {
        WorkItem item = expect(taskId, WorkItemKind.WORK_ON_MILESTONE);
        return evidence.addLink(item.milestoneId(), url, note);
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

    /** The progress report the task asks for: its recommendation, period and due date. */
    public ProgressReportRow progressReportFor(String taskId) {
        return progressReportQueries.get(expect(taskId, WorkItemKind.SUBMIT_PROGRESS_REPORT).progressReportId());
    }

    /**
     * The lead's focal point submits the progress report of the period: the task offered to their organisation, and
     * the report their organisation's (an agency reports only for its own).
     */
    @Transactional
    public void submitProgressReport(String taskId, ProgressReportDraft draft) {
        WorkItem item = expect(taskId, WorkItemKind.SUBMIT_PROGRESS_REPORT);
        progressReports.submit(item.progressReportId(), draft);
        workItems.complete(taskId);
    }

    private <T> T retryingConflicts(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> action.get());
            } catch (ConcurrentUpdateException | ConcurrencyFailureException raced) {
                // lost a race with another person or node (optimistic lock, or on PostgreSQL a lock wait or deadlock):
                // nothing of this attempt was saved
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentUpdateException();
                }
                pauseBeforeAttempt(attempt + 1);
            }
        }
    }

    /** At random up to 20, 40, 80, 160, then 320 ms: the racers part instead of colliding again. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt - 1, 5)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException();
        }
    }

    private WorkItem expect(String taskId, WorkItemKind kind) {
        WorkItem item = offeredToCurrentUser(taskId);
        if (item.kind() != kind) {
            throw new NotFoundException("task", taskId);
        }
        return item;
    }

    /** The task, if it is offered to one of the user's groups and nobody else holds it. */
    private WorkItem offeredToCurrentUser(String taskId) {
        TrackerUser user = CurrentUser.require();
        WorkItem item = workItems.find(taskId).orElseThrow(() -> new StateConflictException("task.error.gone"));
        if (!item.offeredToAny(WorkGroups.of(user))) {
            throw new NotPermittedException("task.error.not-yours");
        }
        if (item.assignee() != null && !item.assignee().equals(user.getUsername())) {
            throw new NotPermittedException("mytasks.error.held-by-other", item.assignee());
        }
        return item;
    }

    /** The task's kind in words, its milestone if it has one, and who claimed or released it. */
    private AuditDetails describe(String key, WorkItem item, String username) {
        String milestone = item.milestoneId() == null ? "" : plans.milestoneRow(item.milestoneId()).name();
        return AuditDetails.of(key, AuditDetails.word("task.kind.", item.kind()), milestone,
                item.milestoneId() == null ? 0 : 1, username);
    }
}
