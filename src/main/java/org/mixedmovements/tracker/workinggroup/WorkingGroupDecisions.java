package org.mixedmovements.tracker.workinggroup;

import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.audit.AuditDetails;
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
     * Opens a decision under the plan's rule for its type. A vote or a no-objection period ends at 00:00, in the
     * plan's time zone, of the day after the last day of the period ({@link DecisionPeriod}); a consensus is taken at a
     * meeting and has no period.
     */
    @Transactional
    public Long open(DecisionRequest request) {
        PlanDecisionRules.Setting setting = rules.of(request.planId(), request.type());
        Instant now = clock.instant();
        Instant closesAt = null;
        LocalDate lastDay = null;
        if (setting.rule() != DecisionRule.CONSENSUS) {
            var zone = plans.get(request.planId()).zone();
            closesAt = DecisionPeriod.closesAt(now, setting.periodDays(), zone);
            lastDay = DecisionPeriod.lastDay(closesAt, zone);
        }
        Decision decision = decisions.save(new Decision(request.planId(), request.type(), request.subjectType(),
                request.subjectId(), request.recommendationId(), request.ownerOrganisationId(), setting,
                request.proposal(), now, closesAt));
        audit.record("DECISION_OPENED", AUDIT_SUBJECT, request.recommendationId(),
                AuditDetails.of("audit.details.decision-opened", AuditDetails.word("decision.type.", request.type()),
                        // not the proposal: the entries before this one say what it is
                        AuditDetails.word("export.rule.", setting.rule()), lastDay == null ? "" : lastDay,
                        lastDay == null ? 0 : 1), "decision " + decision.getId());
        events.publishEvent(new DecisionOpened(decision.getId(), request.type(), setting.rule(),
                request.recommendationId(), request.ownerOrganisationId(), lastDay, ballot(decision).tally().quorum()));
        return decision.getId();
    }

    public DecisionType type(Long decisionId) {
        return get(decisionId).getDecisionType();
    }

    public DecisionRule rule(Long decisionId) {
        return get(decisionId).getRule();
    }

    /** When the vote or the no-objection period closes (null for a consensus). */
    public Instant closesAt(Long decisionId) {
        return get(decisionId).getClosesAt();
    }

    /**
     * When the members who have not acted are reminded ({@link DecisionPeriod#reminderAt}); empty when there is no
     * reminder for this period.
     */
    public Optional<Instant> reminderAt(Long decisionId) {
        Decision d = get(decisionId);
        if (d.getClosesAt() == null) {
            return Optional.empty();
        }
        return DecisionPeriod.reminderAt(d.getOpenedAt(), d.getClosesAt(), d.getReminderDays(), zoneOf(d));
    }

    /**
     * The open decisions of a type on these subjects (e.g. the milestones reported done that the group decides on),
     * one per subject.
     */
    public List<OpenPeriod> openPeriods(DecisionType type, String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return decisions.findBySubjectTypeAndSubjectIdInAndStatusAndDecisionType(subjectType, subjectIds,
                        Decision.Status.OPEN, type).stream()
                .map(d -> new OpenPeriod(d.getSubjectId(), d.getClosesAt() == null || d.isVotingClosed() ? null
                        : DecisionPeriod.lastDay(d.getClosesAt(), zoneOf(d))))
                .toList();
    }

    /** Codes of the organisations that vote on this decision now: voting members, less the owner. */
    public List<String> voterCodes(Long decisionId) {
        Decision d = get(decisionId);
        return eligible(d).stream().map(Organisation::getCode).toList();
    }

    /** Codes of the voting organisations that have not acted yet: whose vote tasks a (second) period offers. */
    public List<String> awaitingCodes(Long decisionId) {
        Decision d = get(decisionId);
        return awaiting(ballot(d)).stream().map(Organisation::getCode).toList();
    }

    /**
     * The plan's reminder before closing: the members of the organisations that have not acted are asked once more.
     * Nothing when the decision is already taken or everyone has acted.
     */
    @Transactional
    public void remindBeforeClosing(Long decisionId) {
        Decision d = get(decisionId);
        if (d.getStatus() != Decision.Status.OPEN || d.isVotingClosed() || d.getClosesAt() == null) {
            return;
        }
        List<Organisation> awaiting = awaiting(ballot(d));
        if (awaiting.isEmpty()) {
            return;
        }
        LocalDate lastDay = DecisionPeriod.lastDay(d.getClosesAt(), zoneOf(d));
        audit.record("DECISION_REMINDER", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.decision-reminder", codes(awaiting),
                        AuditDetails.word("decision.type.", d.getDecisionType()), lastDay), "decision " + decisionId);
        events.publishEvent(new MembersAwaited(decisionId, d.getDecisionType(), d.getRule(), d.getRecommendationId(),
                ids(awaiting), lastDay, MembersAwaited.Why.CLOSING_SOON, null));
    }

    /**
     * The secretariat or the chair asks the members who have not acted to act: at most once a day (the plan's day)
     * per decision, recorded in the history.
     */
    @Transactional
    public List<String> nudge(Long decisionId) {
        TrackerUser user = CurrentUser.requireAny(Role.SECRETARIAT, Role.WG_MEMBER);
        if (!user.has(Role.SECRETARIAT) && organisations.chair().filter(c -> user.belongsTo(c.getId())).isEmpty()) {
            throw new NotPermittedException("decision.error.nudge-not-permitted");
        }
        Decision d = get(decisionId);
        d.requireOpen();
        if (d.getRule() == DecisionRule.CONSENSUS || d.isVotingClosed()) {
            throw new StateConflictException("decision.error.nothing-to-nudge");
        }
        List<Organisation> awaiting = awaiting(ballot(d));
        if (awaiting.isEmpty()) {
            throw new StateConflictException("decision.error.nothing-to-nudge");
        }
        d.nudge(LocalDate.now(clock.withZone(zoneOf(d))));
        decisions.saveAndFlush(d);
        audit.record("MEMBERS_NUDGED", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.members-nudged", user.getUsername(), codes(awaiting),
                        AuditDetails.word("decision.type.", d.getDecisionType())), "decision " + decisionId);
        events.publishEvent(new MembersAwaited(decisionId, d.getDecisionType(), d.getRule(), d.getRecommendationId(),
                ids(awaiting), DecisionPeriod.lastDay(d.getClosesAt(), zoneOf(d)), MembersAwaited.Why.NUDGE,
                user.getUsername()));
        return awaiting.stream().map(Organisation::getCode).toList();
    }

    /**
     * The period ended. With the quorum (or under the no-objection rule), the votes cast decide; without it the
     * decision goes back to the secretariat, who is told why.
     *
     * @return whether the votes cast decide (false: the quorum was not reached)
     */
    @Transactional
    public boolean closeVoting(Long decisionId) {
        Decision d = get(decisionId);
        d.closeVoting();
        Tally t = ballot(d).tally();
        if (d.getRule() != DecisionRule.MAJORITY || t.quorumReached() && t.cast() > 0) {
            return true;
        }
        LocalDate lastDay = DecisionPeriod.lastDay(d.getClosesAt(), zoneOf(d));
        audit.record("QUORUM_NOT_REACHED", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.quorum-not-reached", AuditDetails.word("decision.type.", d.getDecisionType()),
                        lastDay, t.approvals(), t.rejections(), t.eligible(), t.quorum()), "decision " + decisionId);
        events.publishEvent(new QuorumNotReached(decisionId, d.getDecisionType(), d.getRecommendationId(), t.cast(),
                t.quorum(), lastDay, !d.isExtended()));
        return false;
    }

    /**
     * The secretariat gives a vote that closed without its quorum a second period of the plan's length, once; the
     * organisations that have not voted are asked again, with the new last day.
     */
    @Transactional
    public LocalDate extend(Long decisionId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Decision d = get(decisionId);
        PlanDecisionRules.Setting setting = rules.of(d.getPlanId(), d.getDecisionType());
        Instant closesAt = DecisionPeriod.closesAt(clock.instant(), setting.periodDays(), zoneOf(d));
        d.extend(closesAt);
        decisions.saveAndFlush(d);
        LocalDate lastDay = DecisionPeriod.lastDay(closesAt, zoneOf(d));
        List<Organisation> awaiting = awaiting(ballot(d));
        audit.record("DECISION_EXTENDED", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.decision-extended", AuditDetails.word("decision.type.", d.getDecisionType()),
                        lastDay, codes(awaiting)), "decision " + decisionId);
        events.publishEvent(new QuorumResolved(decisionId, d.getRecommendationId(), true));
        events.publishEvent(new MembersAwaited(decisionId, d.getDecisionType(), d.getRule(), d.getRecommendationId(),
                ids(awaiting), lastDay, MembersAwaited.Why.EXTENDED, null));
        return lastDay;
    }

    /** The secretariat puts a vote that closed without its quorum to a meeting, whose consensus it then records. */
    @Transactional
    public void putToMeeting(Long decisionId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Decision d = get(decisionId);
        d.putToMeeting();
        decisions.saveAndFlush(d);
        audit.record("DECISION_PUT_TO_MEETING", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.decision-to-meeting",
                        AuditDetails.word("decision.type.", d.getDecisionType())), "decision " + decisionId);
        events.publishEvent(new QuorumResolved(decisionId, d.getRecommendationId(), false));
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
                AuditDetails.of("audit.details.vote-cast", AuditDetails.organisation(user.organisationCode()),
                        AuditDetails.word("vote.", choice), AuditDetails.word("decision.type.", d.getDecisionType()),
                        why == null ? "" : why, why == null ? 0 : 1), "decision " + decisionId);
        events.publishEvent(new VoteCast(decisionId, user.organisationId(), d.getRecommendationId()));
    }

    /**
     * The secretariat records, at a meeting of the group, how a member organisation present there voted (or objected,
     * or consented): the vote counts exactly as if the organisation had cast it itself, under the same checks (not the
     * owner, a voting member, once per organisation), and the history says who recorded it at which meeting. Whether
     * the organisation was present is the meeting's to check ({@code meeting} names it for the history).
     */
    @Transactional
    public void castVoteAtMeeting(Long decisionId, Long organisationId, VoteChoice choice, String reason,
                                  String meeting) {
        TrackerUser user = CurrentUser.requireAny(Role.SECRETARIAT);
        Decision d = get(decisionId);
        d.requireOpen();
        if (d.getRule() == DecisionRule.CONSENSUS || d.isVotingClosed()) {
            throw new StateConflictException("decision.error.closed");
        }
        Organisation organisation = organisations.get(organisationId);
        if (organisationId.equals(d.getOwnerOrganisationId())) {
            throw new NotPermittedException("decision.error.recused", d.getDecisionType().name());
        }
        Ballot ballot = ballot(d);
        if (!ballot.eligible().contains(organisationId)) {
            throw new NotPermittedException("decision.error.not-voting-member", organisation.getCode());
        }
        if (ballot.votes().stream().anyMatch(v -> !v.isCasting() && v.getOrganisationId().equals(organisationId))) {
            throw new StateConflictException("decision.error.already-voted", organisation.getCode());
        }
        String why = checkReason(choice, reason);
        votes.saveAndFlush(new Vote(decisionId, organisationId, user.getUsername(), choice, why, false,
                clock.instant()));
        audit.record("VOTE_RECORDED_AT_MEETING", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.vote-recorded-at-meeting",
                        AuditDetails.organisation(organisation.getCode()), AuditDetails.word("vote.", choice),
                        AuditDetails.word("decision.type.", d.getDecisionType()), meeting, user.getUsername(),
                        why == null ? "" : why, why == null ? 0 : 1),
                "decision " + decisionId);
        events.publishEvent(new VoteCast(decisionId, organisationId, d.getRecommendationId()));
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
                AuditDetails.of("audit.details.chair-decided", AuditDetails.organisation(chair.getCode()),
                        AuditDetails.word("vote.", choice), why == null ? "" : why, why == null ? 0 : 1),
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
        InputPolicy.date("meetingDate", meetingDate);
        InputPolicy.optionalText("minutes", minutes, 10_000);
        InputPolicy.optionalText("reason", reason, MAX_TEXT);
        String why = outcome == Outcome.REJECTED ? checkReason(VoteChoice.REJECT, reason) : blankToNull(reason);
        d.recordMeeting(meetingDate, InputPolicy.normalise(minutes));
        d.decide(outcome, why, clock.instant());
        audit.record("CONSENSUS_RECORDED", AUDIT_SUBJECT, d.getRecommendationId(),
                AuditDetails.of("audit.details.consensus-recorded", AuditDetails.word("decision.type.", d.getDecisionType()),
                        AuditDetails.word("outcome.", outcome), meetingDate, why == null ? "" : why, why == null ? 0 : 1),
                InputPolicy.normalise(minutes));
    }

    /** Settles the decision by its rule (a consensus was already recorded) and returns the outcome with its reasons. */
    @Transactional
    public DecisionResult close(Long decisionId) {
        Decision d = get(decisionId);
        Ballot ballot = ballot(d);
        Tally t = ballot.tally();
        if (d.getStatus() == Decision.Status.OPEN) {
            Vote casting = ballot.casting();
            Outcome outcome = t.outcome(casting == null ? null : casting.getChoice());
            String reasons = outcome == Outcome.REJECTED ? rejectionReasons(ballot) : null;
            d.decide(outcome, reasons, clock.instant());
            audit.record("DECISION_TAKEN", AUDIT_SUBJECT, d.getRecommendationId(),
                    AuditDetails.of("audit.details.decision-taken",
                            AuditDetails.word("decision.type.", d.getDecisionType()), AuditDetails.word("outcome.", outcome),
                            AuditDetails.word("export.rule.", d.getRule()), t.approvals(), t.rejections(), t.eligible(),
                            t.quorum(), reasons == null ? "" : reasons, reasons == null ? 0 : 1), "decision " + decisionId);
        }
        events.publishEvent(new DecisionTaken(d.getId(), d.getDecisionType(), d.getSubjectId(), d.getOutcome(),
                d.getRecommendationId(), d.getRule(), t.approvals(), t.rejections()));
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
                d.getClosesAt() == null ? null : DecisionPeriod.lastDay(d.getClosesAt(), zoneOf(d)),
                d.getStatus() == Decision.Status.OPEN, d.getOutcome(), d.getOutcomeReason(), d.getMeetingDate(),
                d.getMinutes());
    }

    /** The organisation that did not vote because it owns what was decided; empty when none did. */
    public Optional<Long> recusedOrganisation(Long decisionId) {
        return Optional.ofNullable(get(decisionId).getOwnerOrganisationId());
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
                    counted.size() - approvals, decision.isVotingClosed());
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

    /** Eligible organisations without a vote of their own on the decision yet. */
    private List<Organisation> awaiting(Ballot ballot) {
        Set<Long> voted = ballot.votes().stream().filter(v -> !v.isCasting()).map(Vote::getOrganisationId)
                .collect(Collectors.toSet());
        return eligible(ballot.decision()).stream().filter(o -> !voted.contains(o.getId())).toList();
    }

    private static String codes(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getCode).collect(Collectors.joining(", "));
    }

    private static List<Long> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getId).toList();
    }

    private ZoneId zoneOf(Decision d) {
        return plans.get(d.getPlanId()).zone();
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
        InputPolicy.optionalText("reason", why, MAX_TEXT);
        return why;
    }

    private static String blankToNull(String text) {
        return InputPolicy.normaliseOrNull(text);
    }

    private Decision get(Long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("decision", id));
    }
}
