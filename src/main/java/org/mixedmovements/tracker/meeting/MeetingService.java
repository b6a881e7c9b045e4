package org.mixedmovements.tracker.meeting;

import org.mixedmovements.tracker.base.InputPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of the working group. The secretariat records one with the decisions taken there by consensus: each closes
 * its decision task through {@link MyTaskService#recordConsensus}, in the same transaction as the meeting, so either
 * the meeting and all its decisions are recorded or nothing is. Members and the secretariat read them.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String AUDIT_SUBJECT = "meeting";
    static final int MAX_TITLE = 300;
    static final int MAX_MINUTES = 10000;
    static final int MAX_REASON = 4000;
    static final int MAX_PAGE = 200;
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id"));

    private final MeetingRepository meetings;
    private final DecisionBoard board;
    private final DecisionTasks decisionTasks;
    private final MyTaskService tasks;
    private final RecommendationService recommendations;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock;
    private final ActionPointService actionPoints;
    private final WorkingGroupDecisions decisionSummaries;

    MeetingService(MeetingRepository meetings, DecisionBoard board, DecisionTasks decisionTasks, MyTaskService tasks,
                   RecommendationService recommendations, OrganisationService organisations, PlanService plans,
                   AuditLog audit, Clock clock, ActionPointService actionPoints,
                   WorkingGroupDecisions decisionSummaries) {
        this.actionPoints = actionPoints;
        this.decisionSummaries = decisionSummaries;
        this.meetings = meetings;
        this.board = board;
        this.decisionTasks = decisionTasks;
        this.tasks = tasks;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Plan> plans() {
        requireReader();
        return plans.all();
    }

    /** The organisations that may be listed as present. */
    public List<Organisation> organisations() {
        requireReader();
        return organisations.all();
    }

    /** Meetings of one plan (or of all plans), latest first, a page at a time. */
    public Page<MeetingSummary> meetings(Long planId, Pageable page) {
        requireReader();
        Pageable bounded = PageRequest.of(page.getPageNumber(), Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE),
                LATEST_FIRST);
        Page<Meeting> found = planId == null ? meetings.findAll(bounded) : meetings.findByPlanId(planId, bounded);
        Map<Long, String> planCodes = new LinkedHashMap<>();
        return found.map(m -> new MeetingSummary(m.getId(),
                planCodes.computeIfAbsent(m.getPlanId(), id -> plans.get(id).getCode()), m.getHeldOn(), m.getTitle(),
                codes(m), m.getDecisions().size(), m.getRecordedBy(), m.getState()));
    }

    public MeetingDetails meeting(Long id) {
        requireReader();
        Meeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
        Plan plan = plans.get(m.getPlanId());
        List<MeetingDetails.DecisionTakenHere> taken = board.all(List.copyOf(m.getDecisions())).stream()
                .map(d -> {
                    RecommendationSummary r = recommendations.summary(d.recommendationId());
                    return new MeetingDetails.DecisionTakenHere(d.id(), d.type(), r.id(), r.code(), r.title(),
                            d.proposal(), d.outcome(), d.outcomeReason());
                }).toList();
        return new MeetingDetails(m.getId(), plan.getId(), plan.getCode(), plan.getTitle(), plan.zone(), m.getHeldOn(),
                m.getTitle(), m.getMinutes(), codes(m), m.getRecordedBy(), m.getRecordedAt(), taken, m.getState(),
                m.getStartsAt(), m.getEndsAt(), m.getZone(), m.getPlace(), m.getLanguage(),
                List.copyOf(m.getParticipants()),
                IntStream.range(0, m.getAgenda().size())
                        .mapToObj(i -> m.getAgenda().get(i).view(i + 1)).toList(),
                actionPoints.ofMeeting(m), ballots(m));
    }

    /**
     * The organisation that does not vote on the decision because it owns what is decided (recusal); empty when none
     * does: the meeting page does not offer it a vote.
     */
    public java.util.Optional<Long> recusedOrganisation(Long decisionId) {
        requireReader();
        return decisionSummaries.recusedOrganisation(decisionId);
    }

    /** The plan's open decisions taken by consensus, which a meeting may record: for the secretariat. */
    public List<OpenConsensus> openConsensusDecisions(Long planId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        if (planId == null) {
            return List.of();
        }
        return board.openByConsensus(planId).stream().map(d -> {
            RecommendationSummary r = recommendations.summary(d.recommendationId());
            return new OpenConsensus(d.id(), d.type(), r.id(), r.code(), r.title(), d.proposal());
        }).toList();
    }

    /**
     * The secretariat records a meeting and the decisions taken there by consensus. Everything is checked first; any
     * problem is reported with nothing written. Returns the meeting's id.
     */
    @Transactional
    public Long record(MeetingRecord input) {
        TrackerUser user = CurrentUser.requireAny(Role.SECRETARIAT);
        List<Problem> problems = new ArrayList<>();
        Plan plan = input.planId() == null ? null : plans.get(input.planId());
        if (plan == null) {
            problems.add(Problem.of("meetingPlan", "validation.required"));
        }
        LocalDate heldOn = input.heldOn();
        if (heldOn == null || plan != null && heldOn.isAfter(LocalDate.now(clock.withZone(plan.zone())))) {
            problems.add(Problem.of("meetingDate", "decision.error.meeting-date"));
        } else {
            InputPolicy.dateProblem("meetingDate", null, heldOn).ifPresent(problems::add);
        }
        String title = strip(input.title());
        if (title == null) {
            problems.add(Problem.of("meetingTitle", "validation.required"));
        } else {
            InputPolicy.problem("meetingTitle", title, MAX_TITLE).ifPresent(problems::add);
        }
        List<Long> participants = input.participantIds() == null ? List.of()
                : input.participantIds().stream().distinct().toList();
        if (participants.isEmpty()) {
            problems.add(Problem.of("meetingParticipants", "meetings.error.no-participants"));
        } else if (!participants.stream().allMatch(organisations::exists)) {
            problems.add(Problem.of("meetingParticipants", "meetings.error.unknown-participant"));
        }
        String minutes = strip(input.minutes());
        if (minutes == null) {
            problems.add(Problem.of("minutes", "validation.required"));
        } else {
            InputPolicy.problem("minutes", minutes, MAX_MINUTES).ifPresent(problems::add);
        }
        Map<Long, MeetingRecord.ConsensusTaken> taken = new LinkedHashMap<>();
        (input.decisions() == null ? List.<MeetingRecord.ConsensusTaken>of() : input.decisions())
                .forEach(c -> taken.putIfAbsent(c.decisionId(), c));
        Map<Long, String> taskIds = new LinkedHashMap<>();
        int row = 0;
        for (MeetingRecord.ConsensusTaken c : taken.values()) {
            int at = ++row;
            DecisionProgress d = c.decisionId() == null ? null : board.get(c.decisionId());
            String code = d == null ? "?" : recommendations.summary(d.recommendationId()).code();
            if (d == null || !d.open() || d.rule() != DecisionRule.CONSENSUS
                    || plan != null && !d.planId().equals(plan.getId())) {
                problems.add(Problem.atRow(at, "meetingDecisions", "meetings.error.not-open-consensus", code));
            } else {
                decisionTasks.find(d.id(), DecisionTasks.Action.RECORD_CONSENSUS).ifPresentOrElse(
                        t -> taskIds.put(d.id(), t.taskId()),
                        () -> problems.add(Problem.atRow(at, "meetingDecisions",
                                "meetings.error.not-open-consensus", code)));
            }
            String reason = strip(c.reason());
            if (c.outcome() == null) {
                problems.add(Problem.atRow(at, "outcome", "validation.required"));
            } else if (c.outcome() == Outcome.REJECTED && reason == null) {
                problems.add(Problem.atRow(at, "reason", "decision.error.reason-required"));
            }
            InputPolicy.problem("reason", at, reason, MAX_REASON).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Meeting meeting = meetings.saveAndFlush(new Meeting(plan.getId(), heldOn, title, minutes, participants,
                List.copyOf(taken.keySet()), user.getUsername(), clock.instant()));
        for (MeetingRecord.ConsensusTaken c : taken.values()) {
            tasks.recordConsensus(taskIds.get(c.decisionId()), c.outcome(), heldOn, minutes, strip(c.reason()));
        }
        long approved = taken.values().stream().filter(c -> c.outcome() == Outcome.APPROVED).count();
        audit.record("MEETING_RECORDED", AUDIT_SUBJECT, meeting.getId(),
                AuditDetails.of("audit.details.meeting-recorded", heldOn, plan.getCode(), title,
                        String.join(", ", codes(meeting)), taken.size(), approved, taken.size() - approved),
                meeting + "\n" + minutes);
        return meeting.getId();
    }

    private Map<Long, DecisionSummary> ballots(Meeting m) {
        Map<Long, DecisionSummary> ballots = new LinkedHashMap<>();
        m.getAgenda().stream().filter(i -> i.getKind().votedOn() && i.getDecisionId() != null)
                .forEach(i -> ballots.computeIfAbsent(i.getDecisionId(), decisionSummaries::summary));
        return ballots;
    }

    private List<String> codes(Meeting m) {
        return m.getParticipants().stream().map(id -> organisations.get(id).getCode()).sorted().toList();
    }

    private static String strip(String text) {
        return InputPolicy.normaliseOrNull(text);
    }

    private static TrackerUser requireReader() {
        return CurrentUser.requireAny(Role.WG_MEMBER, Role.SECRETARIAT);
    }
}
