package org.mixedmovements.tracker.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working group's decisions as the approvals and meetings views list them: open ones a page at a time, most
 * urgent first, each with where its rule stands. Reads only; votes and consensus go through {@link WorkingGroupDecisions}.
 */
@Service
@Transactional(readOnly = true)
public class DecisionBoard {

    static final int MAX_PAGE = 100;

    private final OpenDecisionRepository decisions;
    private final WorkingGroupDecisions workingGroup;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final Clock clock;

    DecisionBoard(OpenDecisionRepository decisions, WorkingGroupDecisions workingGroup,
                  OrganisationService organisations, PlanService plans, Clock clock) {
        this.decisions = decisions;
        this.workingGroup = workingGroup;
        this.organisations = organisations;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Open decisions of one plan, or of every plan when {@code planId} is null, most urgent first: those waiting for
     * the secretariat (a vote closed without its quorum), then by closing moment, soonest first, then those without
     * one (a consensus, taken at a meeting), oldest first.
     */
    public Page<DecisionProgress> open(Long planId, Pageable page) {
        Pageable bounded = PageRequest.of(page.getPageNumber(), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE));
        return decisions.findOpenMostUrgentFirst(planId, bounded).map(this::progress);
    }

    /** The plan's open decisions taken by consensus at a meeting, oldest first. */
    public List<DecisionProgress> openByConsensus(Long planId) {
        return decisions.findByStatusAndPlanIdAndRuleOrderByOpenedAtAscIdAsc(Decision.Status.OPEN, planId,
                DecisionRule.CONSENSUS).stream().map(this::progress).toList();
    }

    /**
     * Decisions of one plan (or of every plan when {@code planId} is null) taken at or after the instant, in the order
     * they were taken: what a meeting pack lists as decided since the last meeting.
     */
    public Page<DecisionProgress> decidedSince(Long planId, Instant since, Pageable page) {
        Pageable bounded = PageRequest.of(page.getPageNumber(),
                Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE), Sort.by("decidedAt", "id"));
        Page<Decision> found = planId == null
                ? decisions.findByStatusAndDecidedAtGreaterThanEqual(Decision.Status.DECIDED, since, bounded)
                : decisions.findByStatusAndPlanIdAndDecidedAtGreaterThanEqual(Decision.Status.DECIDED, planId, since,
                        bounded);
        return found.map(this::progress);
    }

    public DecisionProgress get(Long decisionId) {
        return progress(decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision", decisionId)));
    }

    /**
     * The open decisions on one recommendation (its response, its plan, its milestones and their dates), most urgent
     * first as in {@link #open}: a vote that closed without its quorum, then by last day, then those without one.
     */
    public List<DecisionProgress> openOnRecommendation(Long recommendationId) {
        return decisions.findByStatusAndRecommendationIdOrderByOpenedAtAscIdAsc(Decision.Status.OPEN, recommendationId)
                .stream().map(this::progress)
                .sorted(Comparator.comparing((DecisionProgress d) -> !d.quorumMissed())
                        .thenComparing(DecisionProgress::lastDay,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Several decisions (taken at a meeting, say), in the order they were opened. */
    public List<DecisionProgress> all(List<Long> decisionIds) {
        return decisionIds.isEmpty() ? List.of()
                : decisions.findByIdInOrderByOpenedAtAscIdAsc(decisionIds).stream().map(this::progress).toList();
    }

    private DecisionProgress progress(Decision d) {
        DecisionSummary summary = workingGroup.summary(d.getId());
        boolean open = d.getStatus() == Decision.Status.OPEN;
        List<String> voters = open ? workingGroup.voterCodes(d.getId()) : List.of();
        Set<String> eligible = Set.copyOf(voters);
        List<DecisionSummary.CastVote> counted = summary.votes().stream()
                .filter(v -> !v.casting() && (!open || eligible.contains(v.organisationCode()))).toList();
        int approvals = (int) counted.stream().filter(v -> v.choice() == VoteChoice.APPROVE).count();
        int rejections = counted.size() - approvals;
        List<String> awaiting = voters.stream()
                .filter(code -> counted.stream().noneMatch(v -> v.organisationCode().equals(code))).toList();
        String recused = d.getOwnerOrganisationId() == null ? null : organisations.votingMembers().stream()
                .filter(o -> o.getId().equals(d.getOwnerOrganisationId())).map(Organisation::getCode)
                .findFirst().orElse(null);
        ZoneId zone = plans.get(d.getPlanId()).zone();
        LocalDate lastDay = null;
        Long daysLeft = null;
        if (d.getRule() != DecisionRule.CONSENSUS && d.getClosesAt() != null) {
            lastDay = DecisionPeriod.lastDay(d.getClosesAt(), zone);
            daysLeft = DecisionPeriod.daysLeft(clock.instant(), d.getClosesAt(), zone);
        }
        boolean nudgedToday = LocalDate.now(clock.withZone(zone)).equals(d.getLastNudgedOn());
        boolean tie = open && d.getRule() == DecisionRule.MAJORITY && workingGroup.isTie(d.getId());
        return new DecisionProgress(d.getId(), d.getPlanId(), d.getDecisionType(), d.getRecommendationId(),
                d.getSubjectId(), d.getRule(), d.getProposal(), open, d.getOutcome(), d.getOutcomeReason(),
                d.getMeetingDate(), summary.eligible(), d.getQuorumPercent(), summary.quorum(), approvals,
                rejections, Math.max(0, summary.quorum() - counted.size()), summary.votes(), awaiting, recused, tie,
                lastDay, daysLeft, open && d.isVotingClosed(), d.isExtended(), nudgedToday, d.getOpenedAt(), LocalDate.ofInstant(d.getOpenedAt(), zone), d.getDecidedAt(),
                d.getDecidedAt() == null ? null : LocalDate.ofInstant(d.getDecidedAt(), zone));
    }
}
