package org.mixedmovements.tracker.approval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.DecisionSubjects;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open decisions of the working group for its members and the chair (who vote) and the secretariat (who reads).
 * A vote goes through {@link MyTaskService#vote}, the path of the member's task, so every rule of the group applies
 * and the decision process moves on in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

    private final DecisionBoard board;
    private final DecisionTasks decisionTasks;
    private final MyTaskService tasks;
    private final RecommendationService recommendations;
    private final DecisionSubjects subjects;
    private final PlanService plans;

    ApprovalService(DecisionBoard board, DecisionTasks decisionTasks, MyTaskService tasks,
                    RecommendationService recommendations, DecisionSubjects subjects, PlanService plans) {
        this.board = board;
        this.decisionTasks = decisionTasks;
        this.tasks = tasks;
        this.recommendations = recommendations;
        this.subjects = subjects;
        this.plans = plans;
    }

    /** The plans to filter by. */
    public List<Plan> plans() {
        requireReader();
        return plans.all();
    }

    /** Open decisions of one plan (or all plans), oldest first, a page at a time. */
    public Page<ApprovalCard> openDecisions(Long planId, Pageable page) {
        TrackerUser user = requireReader();
        Map<Long, DecisionTasks.DecisionTask> mine = decisionTasks.openForCurrentUser();
        return board.open(planId, page).map(d -> card(user, d, mine));
    }

    /** One decision, open or taken, as a card (to refresh it after a vote). */
    public ApprovalCard decision(Long decisionId) {
        TrackerUser user = requireReader();
        return card(user, board.get(decisionId), decisionTasks.openForCurrentUser());
    }

    /**
     * My organisation's vote on the decision: approve, or reject with a reason. Refused, with nothing written, for
     * anyone but a working-group member with an open vote on it (the secretariat reads only; an organisation that
     * owns what is decided, or has voted, has no vote left).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void vote(Long decisionId, VoteChoice choice, String reason) {
        TrackerUser user = CurrentUser.requireAny(Role.WG_MEMBER);
        Optional<DecisionTasks.DecisionTask> task = decisionTasks.find(decisionId, DecisionTasks.Action.VOTE,
                DecisionTasks.Action.OBJECT, DecisionTasks.Action.CASTING_VOTE);
        if (task.isEmpty()) {
            throw whyNoVote(user, board.get(decisionId));
        }
        tasks.vote(task.get().taskId(), choice, reason);
    }

    private RuntimeException whyNoVote(TrackerUser user, DecisionProgress d) {
        if (!d.open()) {
            return new StateConflictException("decision.error.closed");
        }
        if (user.organisationCode().equals(d.recused())) {
            return new NotPermittedException("approvals.error.recused", user.organisationCode());
        }
        if (d.voteOf(user.organisationCode()) != null) {
            return new StateConflictException("decision.error.already-voted", user.organisationCode());
        }
        if (d.rule() == DecisionRule.CONSENSUS) {
            return new StateConflictException("approvals.error.at-meeting");
        }
        return new NotPermittedException("decision.error.not-voting-member", user.organisationCode());
    }

    private ApprovalCard card(TrackerUser user, DecisionProgress d, Map<Long, DecisionTasks.DecisionTask> mine) {
        RecommendationSummary r = recommendations.summary(d.recommendationId());
        DecisionSummary.CastVote myVote = d.voteOf(user.organisationCode());
        DecisionTasks.DecisionTask task = mine.get(d.id());
        DecisionTasks.Action action = task == null || task.action() == DecisionTasks.Action.RECORD_CONSENSUS
                || !user.has(Role.WG_MEMBER) ? null : task.action();
        ApprovalCard.Standing standing;
        if (!d.open()) {
            standing = ApprovalCard.Standing.DECIDED;
        } else if (action != null) {
            standing = ApprovalCard.Standing.MAY_VOTE;
        } else if (d.rule() == DecisionRule.CONSENSUS) {
            standing = ApprovalCard.Standing.AT_MEETING;
        } else if (myVote != null && user.has(Role.WG_MEMBER)) {
            standing = ApprovalCard.Standing.VOTED;
        } else if (user.has(Role.WG_MEMBER) && user.organisationCode().equals(d.recused())) {
            standing = ApprovalCard.Standing.RECUSED;
        } else {
            standing = ApprovalCard.Standing.READ_ONLY;
        }
        return switch (d.type()) {
            case RESPONSE -> new ApprovalCard(d, r.code(), r.title(), planCode(r), recommendations.responseProposal(r.id()), List.of(),
                    null, null, myVote, standing, action);
            case PLAN -> new ApprovalCard(d, r.code(), r.title(), planCode(r), null, subjects.plan(r.id()), null, null,
                    myVote, standing, action);
            case MILESTONE -> new ApprovalCard(d, r.code(), r.title(), planCode(r), null, List.of(),
                    subjects.evidence(d.subjectId()), null, myVote, standing, action);
            case DEADLINE_CHANGE -> new ApprovalCard(d, r.code(), r.title(), planCode(r), null, List.of(), null,
                    subjects.deadlineChange(d.subjectId()), myVote, standing, action);
        };
    }

    private String planCode(RecommendationSummary r) {
        return plans.get(r.planId()).getCode();
    }

    private static TrackerUser requireReader() {
        return CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }
}
