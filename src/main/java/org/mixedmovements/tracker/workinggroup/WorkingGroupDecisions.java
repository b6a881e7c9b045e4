package org.mixedmovements.tracker.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, records and settles the working group's decisions. The rules are in {@link Tally}; this service checks who
 * may vote and keeps the record: who, when, what, why.
 */
@Service
@Transactional(readOnly = true)
public class WorkingGroupDecisions {

    static final String AUDIT_SUBJECT = "recommendation";
    static final int MAX_TEXT = 4000;

    private final DecisionRepository decisions;
    private final VoteRepository votes;
    private final PlanDecisionRules rules;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingGroupDecisions(DecisionRepository decisions, VoteRepository votes, PlanDecisionRules rules,
                    OrganisationService organisations, PlanService plans, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.votes = votes;
        this.rules = rules;
        this.organisations = organisations;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a decision under the plan's rule for its type. A no-objection period ends at 00:00, in the plan's time
     * zone, of the day after the last day of the period.
     */
    @Transactional
    public Long open(DecisionRequest request) {
        PlanDecisionRules.Setting setting = rules.of(request.planId(), request.type());
        Instant now = clock.instant();
        Instant closesAt = null;
        LocalDate objectionLastDay = null;
        if (setting.rule() == DecisionRule.NO_OBJECTION) {
            var zone = plans.get(request.planId()).zone();
            closesAt = NoObjectionPeriod.closesAt(now, setting.periodDays(), zone);
            objectionLastDay = NoObjectionPeriod.lastDay(closesAt, zone);
        }
        Decision decision = decisions.save(new Decision(request.planId(), request.type(), request.subjectType(),
                request.subjectId(), request.recommendationId(), request.ownerOrganisationId(), setting,
                request.proposal(), now, closesAt));
        audit.record("DECISION_OPENED", AUDIT_SUBJECT, request.recommendationId(),
                request.type() + " put to the working group (" + setting.rule() + ")"
                        + (request.proposal() == null ? "" : ": " + request.proposal()), "decision " + decision.getId());
        events.publishEvent(new DecisionOpened(decision.getId(), request.type(), setting.rule(),
                request.recommendationId(), request.ownerOrganisationId(), objectionLastDay));
        return decision.getId();
    }

    public DecisionType type(Long decisionId) {
        return get(decisionId).getDecisionType();
    }

    public DecisionRule rule(Long decisionId) {
        return get(decisionId).getRule();
    }

    public Instant objectionDeadline(Long decisionId) {
        return get(decisionId).getClosesAt();
    }

    /** Codes of the organisations that vote on this decision now: voting members, less the owner. */
    public List<String> voterCodes(Long decisionId) {
        Decision d = get(decisionId);
        return eligible(d).stream().map(Organisation::getCode).toList();
    }

    public boolean isSettled(Long decisionId) {
        return ballot(get(decisionId)).tally().settled();
    }

    public boolean isTie(Long decisionId) {
        Ballot ballot = ballot(get(decisionId));
        return ballot.tally().tie() && ballot.casting() == null;
    }

    /** A member organisation's vote, cast by one of its representatives; once per organisation. */
    @Transactional
    public void castVote(Long decisionId, VoteChoice choice, String reason) {
        TrackerUser user = CurrentUser.requireAny(Role.WG_MEMBER);
        Decision d = get(decisionId);
        d.requireOpen();
        if (user.belongsTo(d.getOwnerOrganisationId())) {
            throw new NotPermittedException("decision.error.recused", d.getDecisionType().name());
        }
        Ballot ballot = ballot(d);
        if (ballot.eligible().stream().noneMatch(user::belongsTo)) {
            throw new NotPermittedException("decision.error.not-voting-member", user.organisationCode());
        }
        if (ballot.votes().stream().anyMatch(v -> !v.isCasting() && v.getOrganisationId().equals(user.organisationId()))) {
            throw new StateConflictException("decision.error.already-voted", user.organisationCode());
        }
        String why = checkReason(choice, reason);
        votes.saveAndFlush(new Vote(decisionId, user.organisationId(), user.getUsername(), choice, why, false,
                clock.instant()));
        audit.record("VOTE_CAST", AUDIT_SUBJECT, d.getRecommendationId(),
                user.organisationCode() + " votes " + choice + " on " + d.getDecisionType() + (why == null ? "" : ": " + why),
                "decision " + decisionId);
    }

    /** The chair's organisation decides a tie. */
    @Transactional
    public void castChairVote(Long decisionId, VoteChoice choice, String reason) {
        TrackerUser user = CurrentUser.requireAny(Role.WG_MEMBER);
        Decision d = get(decisionId);
        d.requireOpen();
        Organisation chair = organisations.chair().orElseThrow(() -> new NotPermittedException("decision.error.no-chair"));
        if (!user.belongsTo(chair.getId())) {
            throw new NotPermittedException("decision.error.chair-only");
        }
        Ballot ballot = ballot(d);
        if (!ballot.tally().tie() || ballot.casting() != null) {
            throw new StateConflictException("decision.error.no-tie");
        }
        String why = checkReason(choice, reason);
        votes.saveAndFlush(new Vote(decisionId, chair.getId(), user.getUsername(), choice, why, true, clock.instant()));
        audit.record("CHAIR_DECIDED", AUDIT_SUBJECT, d.getRecommendationId(),
                "The chair (" + chair.getCode() + ") breaks the tie: " + choice + (why == null ? "" : ": " + why),
                "decision " + decisionId);
    }

    /** The secretariat records a decision taken by consensus at a meeting, with the meeting's date and minutes. */
    @Transactional
    public void recordConsensus(Long decisionId, Outcome outcome, LocalDate meetingDate, String minutes, String reason) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Decision d = get(decisionId);
        if (d.getRule() != DecisionRule.CONSENSUS) {
            throw new StateConflictException("decision.error.not-consensus");
        }
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "validation.required");
        }
        if (meetingDate == null || meetingDate.isAfter(LocalDate.now(clock.withZone(plans.get(d.getPlanId()).zone())))) {
            throw InvalidInputException.of("meetingDate", "decision.error.meeting-date");
        }
        if (minutes == null || minutes.isBlank()) {
            throw InvalidInputException.of("minutes", "validation.required");
        }
        String why = outcome == Outcome.REJECTED ? checkReason(VoteChoice.REJECT, reason) : blankToNull(reason);
        d.recordMeeting(meetingDate, minutes.strip());
        d.decide(outcome, why, clock.instant());
        audit.record("CONSENSUS_RECORDED", AUDIT_SUBJECT, d.getRecommendationId(),
                d.getDecisionType() + " " + outcome + " by consensus at the meeting of " + meetingDate
                        + (why == null ? "" : ": " + why), minutes.strip());
    }

    /** Settles the decision by its rule (a consensus was already recorded) and returns the outcome with its reasons. */
    @Transactional
    public DecisionResult close(Long decisionId) {
        Decision d = get(decisionId);
        if (d.getStatus() == Decision.Status.OPEN) {
            Ballot ballot = ballot(d);
            Tally t = ballot.tally();
            Vote casting = ballot.casting();
            Outcome outcome = t.outcome(casting == null ? null : casting.getChoice());
            String reasons = outcome == Outcome.REJECTED ? rejectionReasons(ballot) : null;
            d.decide(outcome, reasons, clock.instant());
            audit.record("DECISION_TAKEN", AUDIT_SUBJECT, d.getRecommendationId(),
                    d.getDecisionType() + " " + outcome + " (" + d.getRule() + ": " + t.describe() + ")"
                            + (reasons == null ? "" : ": " + reasons), "decision " + decisionId);
        }
        events.publishEvent(new DecisionTaken(d.getId(), d.getDecisionType(), d.getSubjectId(), d.getOutcome(),
                d.getRecommendationId()));
        return new DecisionResult(d.getOutcome(), d.getOutcomeReason());
    }

    public DecisionSummary summary(Long decisionId) {
        Decision d = get(decisionId);
        Ballot ballot = ballot(d);
        Tally t = ballot.tally();
        List<DecisionSummary.CastVote> cast = ballot.votes().stream()
                .map(v -> new DecisionSummary.CastVote(organisations.get(v.getOrganisationId()).getCode(), v.getVoter(),
                        v.getChoice(), v.getReason(), v.isCasting(), v.getCastAt()))
                .toList();
        return new DecisionSummary(d.getId(), d.getDecisionType(), d.getRecommendationId(), d.getSubjectId(),
                d.getRule(), d.getProposal(), t.eligible(), t.quorum(), cast, d.getClosesAt(),
                d.getClosesAt() == null ? null : NoObjectionPeriod.lastDay(d.getClosesAt(), plans.get(d.getPlanId()).zone()),
                d.getStatus() == Decision.Status.OPEN, d.getOutcome(), d.getOutcomeReason(), d.getMeetingDate(),
                d.getMinutes());
    }

    public List<DecisionSummary> ofRecommendation(Long recommendationId) {
        return decisions.findByRecommendationIdOrderByOpenedAtAsc(recommendationId).stream()
                .map(d -> summary(d.getId())).toList();
    }

    /**
     * The decision's votes and who may vote on it, read once for one question (settled? tied? the outcome): the
     * process asks several of them in one step.
     */
    private record Ballot(Decision decision, Set<Long> eligible, List<Vote> votes) {

        Tally tally() {
            List<Vote> counted = votes.stream()
                    .filter(v -> !v.isCasting() && eligible.contains(v.getOrganisationId()))
                    .toList();
            int approvals = (int) counted.stream().filter(v -> v.getChoice() == VoteChoice.APPROVE).count();
            return new Tally(decision.getRule(), eligible.size(), decision.getQuorumPercent(), approvals,
                    counted.size() - approvals);
        }

        Vote casting() {
            return votes.stream().filter(Vote::isCasting).findFirst().orElse(null);
        }
    }

    private Ballot ballot(Decision d) {
        return new Ballot(d, eligibleIds(d), votes.findByDecisionIdOrderByCastAtAsc(d.getId()));
    }

    /** Voting members today, less the owner: an organisation that left the group no longer counts. */
    private List<Organisation> eligible(Decision d) {
        return organisations.votingMembers().stream()
                .filter(o -> !o.getId().equals(d.getOwnerOrganisationId()))
                .toList();
    }

    private Set<Long> eligibleIds(Decision d) {
        return eligible(d).stream().map(Organisation::getId).collect(Collectors.toSet());
    }

    private String rejectionReasons(Ballot ballot) {
        Vote casting = ballot.casting();
        return ballot.votes().stream()
                .filter(v -> v.getChoice() == VoteChoice.REJECT && v.getReason() != null)
                .filter(v -> casting == null || v.isCasting() || casting.getChoice() == VoteChoice.REJECT)
                .map(v -> organisations.get(v.getOrganisationId()).getCode() + ": " + v.getReason())
                .collect(Collectors.joining("; "));
    }

    private static String checkReason(VoteChoice choice, String reason) {
        String why = blankToNull(reason);
        if (choice == null) {
            throw InvalidInputException.of("choice", "validation.required");
        }
        if (choice == VoteChoice.REJECT && why == null) {
            throw InvalidInputException.of("reason", "decision.error.reason-required");
        }
        if (why != null && why.length() > MAX_TEXT) {
            throw InvalidInputException.of("reason", "validation.too-long", MAX_TEXT);
        }
        return why;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Decision get(Long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("decision", id));
    }
}
