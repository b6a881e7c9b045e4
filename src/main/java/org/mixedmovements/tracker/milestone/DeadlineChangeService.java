package org.mixedmovements.tracker.milestone;

import org.mixedmovements.tracker.base.Wording;
import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.time.LocalDate;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.workinggroup.DecisionRequest;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-baselining: the owner asks for a new due date with a reason, the group decides; an approved change moves the
 * current due date and keeps the baseline, so the difference shows as slippage.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineChangeService {

    static final String SUBJECT = "deadline-change";
    /**
     * The details of a due date moved (DEADLINE_CHANGED): the milestone's name, its new due date and its baseline;
     * {@code compliance.PlanHistory} reads the new date back from them.
     */
    public static final String DEADLINE_CHANGED_DETAILS = "audit.details.deadline-changed";

    private final DeadlineChangeRepository changes;
    private final MilestoneRepository milestones;
    private final RecommendationDirectory recommendations;
    private final MilestoneRows views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineChangeService(DeadlineChangeRepository changes, MilestoneRepository milestones,
                          RecommendationDirectory recommendations, MilestoneRows views, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.milestones = milestones;
        this.recommendations = recommendations;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The owner organisation asks for a new due date; the group will decide. */
    @Transactional
    public Long request(Long milestoneId, LocalDate newDue, String reason) {
        TrackerUser user = CurrentUser.require();
        Milestone m = milestone(milestoneId);
        if (!user.belongsTo(m.getOwnerOrganisationId())) {
            throw new NotPermittedException("milestone.error.not-owner", m.getName());
        }
        if (m.getState() != MilestoneState.APPROVED || m.isCompleted()) {
            throw new StateConflictException("deadline.error.not-open", m.getName());
        }
        Plan plan = views.planOf(m);
        if (newDue == null) {
            throw InvalidInputException.of("dueDate", "validation.required");
        }
        if (newDue.isBefore(views.today(plan))) {
            throw InvalidInputException.of("dueDate", "plan.error.due-in-past", newDue);
        }
        InputPolicy.date("dueDate", newDue);
        if (newDue.equals(m.getCurrentDue())) {
            throw InvalidInputException.of("dueDate", "deadline.error.same-date");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "deadline.error.reason-required");
        }
        String why = InputPolicy.requiredText("reason", reason, ImplementationPlanService.MAX_REASON);
        if (changes.existsByMilestoneIdAndStatus(milestoneId, DeadlineChange.Status.PENDING)) {
            throw new StateConflictException("deadline.error.pending", m.getName());
        }
        DeadlineChange change = changes.save(new DeadlineChange(milestoneId, m.getCurrentDue(), newDue, why,
                user.getUsername(), clock.instant()));
        audit.record("DEADLINE_CHANGE_REQUESTED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.deadline-change-requested", m.getName(), m.getCurrentDue(), newDue, why),
                "milestone " + milestoneId);
        events.publishEvent(new DeadlineChangeRequested(change.getId(), milestoneId));
        return change.getId();
    }

    /** What the group decides on: move the milestone's due date, asked by its owner, who does not vote. */
    @Transactional
    public DecisionRequest decisionRequest(Long changeId) {
        DeadlineChange change = get(changeId);
        Milestone m = milestone(change.getMilestoneId());
        PlannedRecommendation r = recommendations.get(m.getRecommendationId());
        return new DecisionRequest(DecisionType.DEADLINE_CHANGE, SUBJECT, changeId, r.id(), r.planId(),
                m.getOwnerOrganisationId(), Wording.of("decision.proposal.deadline-change", m.getName(),
                        change.getCurrentDue(), change.getRequestedDue(), change.getReason()));
    }

    @Transactional
    public void underDecision(Long changeId, Long decisionId) {
        get(changeId).underDecision(decisionId);
    }

    /** The group approved: the current due date moves, the baseline stays. Returns the milestone's id. */
    @Transactional
    public Long apply(Long changeId) {
        DeadlineChange change = get(changeId);
        change.decided(true);
        Milestone m = milestone(change.getMilestoneId());
        m.moveDueDate(change.getRequestedDue());
        milestones.saveAndFlush(m);
        audit.record("DEADLINE_CHANGED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of(DEADLINE_CHANGED_DETAILS, m.getName(), change.getRequestedDue(), m.getBaselineDue()),
                "milestone " + m.getId());
        return m.getId();
    }

    @Transactional
    public void refuse(Long changeId, String reason) {
        DeadlineChange change = get(changeId);
        change.decided(false);
        Milestone m = milestone(change.getMilestoneId());
        audit.record("DEADLINE_CHANGE_REFUSED", PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.deadline-change-refused", m.getName(), m.getCurrentDue(),
                        reason == null ? "" : reason, reason == null ? 0 : 1),
                "milestone " + m.getId());
    }

    public boolean hasPendingRequest(Long milestoneId) {
        return changes.existsByMilestoneIdAndStatus(milestoneId, DeadlineChange.Status.PENDING);
    }

    private DeadlineChange get(Long id) {
        return changes.findById(id).orElseThrow(() -> new NotFoundException("deadline change", id));
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }
}
