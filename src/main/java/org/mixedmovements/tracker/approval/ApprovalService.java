package org.mixedmovements.tracker.approval;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.DecisionSubjects;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open decisions of the working group for its members and the chair (who vote) and the secretariat (who reads),
 * each with where the reader stands on it. A card the reader may vote on carries the organisation's task: the vote
 * goes through {@code MyTaskService.vote}, the one road of a vote from My tasks and from Approvals alike, so every
 * rule of the group is checked once and the decision process moves on in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

    private final DecisionBoard board;
    private final DecisionTasks decisionTasks;
    private final RecommendationService recommendations;
    private final DecisionSubjects subjects;
    private final PlanService plans;
    private final WorkingGroupDecisions decisions;
    private final OrganisationService organisations;
    private final ContentTranslationService translations;

    ApprovalService(DecisionBoard board, DecisionTasks decisionTasks, RecommendationService recommendations,
                    DecisionSubjects subjects, PlanService plans, WorkingGroupDecisions decisions,
                    OrganisationService organisations, ContentTranslationService translations) {
        this.translations = translations;
        this.decisions = decisions;
        this.organisations = organisations;
        this.board = board;
        this.decisionTasks = decisionTasks;
        this.recommendations = recommendations;
        this.subjects = subjects;
        this.plans = plans;
    }

    /** The plans to filter by. */
    public List<Plan> plans() {
        requireReader();
        return plans.all();
    }

    /**
     * Open decisions of one plan (or all plans), most urgent first (a vote without its quorum, then closing soonest,
     * then a consensus awaiting its meeting), a page at a time.
     */
    public Page<ApprovalCard> openDecisions(Long planId, Pageable page) {
        TrackerUser user = requireReader();
        Map<Long, DecisionTasks.DecisionTask> mine = decisionTasks.openForCurrentUser();
        String chair = chairCode();
        return board.open(planId, page).map(d -> card(user, d, mine, chair));
    }

    /**
     * The title of the card's recommendation as the reader reads it: the plan's translation into their language, else
     * the original as the plan wrote it.
     */
    public String title(ApprovalCard card, Locale reader) {
        return translations.text(card.decision().recommendationId(), TranslatedField.TITLE, card.recommendationTitle(),
                reader).text();
    }

    /** One decision, open or taken, as a card (to refresh it after a vote). */
    public ApprovalCard decision(Long decisionId) {
        TrackerUser user = requireReader();
        return card(user, board.get(decisionId), decisionTasks.openForCurrentUser(), chairCode());
    }

    private ApprovalCard card(TrackerUser user, DecisionProgress d, Map<Long, DecisionTasks.DecisionTask> mine,
                              String chairCode) {
        RecommendationSummary r = recommendations.summary(d.recommendationId());
        DecisionSummary.CastVote myVote = d.voteOf(user.organisationCode());
        DecisionTasks.DecisionTask task = mine.get(d.id());
        DecisionTasks.Action action = task == null ? null : switch (task.action()) {
            case RECORD_CONSENSUS -> null; // recorded with the minutes, from My tasks or Meetings
            case RESOLVE_QUORUM -> user.has(Role.SECRETARIAT) ? task.action() : null;
            case VOTE, OBJECT, CASTING_VOTE -> user.has(Role.WG_MEMBER) ? task.action() : null;
        };
        ApprovalCard.Standing standing;
        if (!d.open()) {
            standing = ApprovalCard.Standing.DECIDED;
        } else if (d.quorumMissed()) {
            standing = ApprovalCard.Standing.QUORUM_MISSED;
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
        String taskId = action == null ? null : task.taskId();
        Plan plan = plans.get(r.planId());
        ZoneId zone = plan.zone();
        boolean mayNudge = d.mayBeNudged() && (user.has(Role.SECRETARIAT)
                || user.has(Role.WG_MEMBER) && user.organisationCode().equals(chairCode));
        return switch (d.type()) {
            case RESPONSE -> new ApprovalCard(d, r.code(), r.title(), plan.getCode(),
                    recommendations.responseProposal(r.id()), List.of(), null, null, myVote, standing, action, taskId, mayNudge, zone);
            case PLAN -> new ApprovalCard(d, r.code(), r.title(), plan.getCode(), null, subjects.plan(r.id()), null, null,
                    myVote, standing, action, taskId, mayNudge, zone);
            case MILESTONE -> new ApprovalCard(d, r.code(), r.title(), plan.getCode(), null, List.of(),
                    subjects.evidence(d.subjectId()), null, myVote, standing, action, taskId, mayNudge, zone);
            case DEADLINE_CHANGE -> new ApprovalCard(d, r.code(), r.title(), plan.getCode(), null, List.of(), null,
                    subjects.deadlineChange(d.subjectId()), myVote, standing, action, taskId, mayNudge, zone);
        };
    }

    /**
     * The secretariat or the chair asks the members of the organisations that have not acted on an open decision to
     * act, at most once a day; returns the organisations asked, by code.
     */
    @Transactional
    public List<String> nudge(Long decisionId) {
        requireReader();
        return decisions.nudge(decisionId);
    }

    private String chairCode() {
        return organisations.chair().map(Organisation::getCode).orElse(null);
    }

    private static TrackerUser requireReader() {
        return CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }
}
