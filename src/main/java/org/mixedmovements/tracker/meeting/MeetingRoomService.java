package org.mixedmovements.tracker.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.task.DecisionTasks;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * During and after a meeting, for the secretariat: who attended, what was decided on each agenda item (the votes of
 * the members present on a decision waiting for them; a decision taken there by consensus, which goes through
 * {@link MyTaskService#recordConsensus}, the same road as from Approvals), the action points, and closing the
 * meeting, which circulates its minutes and gives each action point to its owner.
 */
@Service
@Transactional(readOnly = true)
public class MeetingRoomService {

    private final MeetingRepository meetings;
    private final ActionPointRepository actionPoints;
    private final OrganisationService organisations;
    private final DecisionTasks decisionTasks;
    private final MyTaskService tasks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final WorkingGroupDecisions decisions;
    private final Clock clock;

    MeetingRoomService(MeetingRepository meetings, ActionPointRepository actionPoints,
                       OrganisationService organisations, DecisionTasks decisionTasks, MyTaskService tasks,
                       ApplicationEventPublisher events, AuditLog audit, WorkingGroupDecisions decisions,
                       Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
        this.meetings = meetings;
        this.actionPoints = actionPoints;
        this.organisations = organisations;
        this.decisionTasks = decisionTasks;
        this.tasks = tasks;
        this.events = events;
        this.audit = audit;
    }

    /** The member organisations present. */
    @Transactional
    public void recordAttendance(Long meetingId, List<Long> organisationIds) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = get(meetingId);
        List<Long> present = organisationIds == null ? List.of() : organisationIds.stream().distinct().toList();
        if (!present.stream().allMatch(organisations::exists)) {
            throw InvalidInputException.of("meetingParticipants", "meetings.error.unknown-participant");
        }
        meeting.attend(present);
        audit.record("MEETING_ATTENDANCE", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-attendance", present.size(), String.join(", ", present.stream()
                        .map(id -> organisations.get(id).getCode()).sorted().toList())), meeting.toString());
    }

    /**
     * What the meeting said or decided on an item. For a decision the group takes by consensus, {@code decision}
     * records it (approved, or rejected with {@code reason}) and closes its task; otherwise the outcome is the text.
     */
    @Transactional
    public void recordOutcome(Long meetingId, Long itemId, String outcome, Outcome decision, String reason) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = get(meetingId);
        meeting.requireScheduled();
        AgendaItem item = meeting.item(itemId);
        String text = InputPolicy.requiredText("agendaOutcome", outcome, MeetingService.MAX_REASON);
        if (decision != null) {
            if (!item.getKind().decidedHere() || item.getDecisionId() == null || item.isDecided()) {
                throw new StateConflictException("meetings.error.not-open-consensus", item.getRecommendationCode());
            }
            if (meeting.getParticipants().isEmpty()) {
                throw InvalidInputException.of("meetingParticipants", "meetings.error.no-participants");
            }
            String taskId = decisionTasks.find(item.getDecisionId(), DecisionTasks.Action.RECORD_CONSENSUS)
                    .orElseThrow(() -> new StateConflictException("meetings.error.not-open-consensus",
                            item.getRecommendationCode())).taskId();
            tasks.recordConsensus(taskId, decision, meeting.getHeldOn(), text, reason);
            meeting.decidedAtMeeting(item.getDecisionId());
        }
        item.record(text, decision);
        audit.record("MEETING_ITEM_RECORDED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-item-recorded", meeting.getAgenda().indexOf(item) + 1, AuditDetails.word("outcome.", decision),
                        decision == null ? 0 : 1, text), meeting.toString());
    }

    /**
     * How the member organisations present voted on an item's decision that waits for the group's votes (or
     * objections): each vote is cast through the decision's own checks on behalf of its organisation
     * ({@link MyTaskService#recordVoteAtMeeting}), and the decision settles under the plan's rule as if they had voted
     * themselves. Only while the meeting is held (it has started and is not closed), only organisations recorded as
     * present; an organisation that abstains (no choice) is left out. Once the votes recorded settle the decision, the
     * rest are not needed and are not recorded. All or nothing.
     */
    @Transactional
    public void recordVotes(Long meetingId, Long itemId, List<MeetingVote> votes) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = get(meetingId);
        meeting.requireScheduled();
        if (meeting.getStartsAt() == null || clock.instant().isBefore(meeting.getStartsAt())) {
            throw new StateConflictException("meetings.error.not-started");
        }
        AgendaItem item = meeting.item(itemId);
        if (!item.getKind().votedOn() || item.getDecisionId() == null || item.isDecided()) {
            throw new StateConflictException("meetings.error.not-open-vote", item.getRecommendationCode());
        }
        List<MeetingVote> cast = votes == null ? List.of()
                : votes.stream().filter(v -> v != null && v.choice() != null).toList();
        if (cast.isEmpty()) {
            throw InvalidInputException.of("meetingVotes", "meetings.error.no-votes");
        }
        Long recused = decisions.recusedOrganisation(item.getDecisionId()).orElse(null);
        for (MeetingVote vote : cast) {
            if (vote.organisationId() == null || !meeting.getParticipants().contains(vote.organisationId())) {
                throw InvalidInputException.of("meetingVotes", "meetings.error.not-present",
                        vote.organisationId() == null || !organisations.exists(vote.organisationId()) ? "?"
                                : organisations.get(vote.organisationId()).getCode());
            }
            if (vote.organisationId().equals(recused)) {
                throw InvalidInputException.of("meetingVotes", "meetings.error.recused",
                        organisations.get(vote.organisationId()).getCode());
            }
        }
        String label = meeting.getTitle();
        List<String> recorded = new java.util.ArrayList<>();
        for (MeetingVote vote : cast) {
            if (!decisions.summary(item.getDecisionId()).open()) {
                break;
            }
            String code = organisations.get(vote.organisationId()).getCode();
            tasks.recordVoteAtMeeting(item.getDecisionId(), vote.organisationId(), code, vote.choice(), vote.reason(),
                    label);
            recorded.add(code);
        }
        DecisionSummary decision = decisions.summary(item.getDecisionId());
        if (!decision.open() && decision.outcome() != null) {
            item.settled(decision.outcome());
            meeting.decidedAtMeeting(item.getDecisionId());
        }
        audit.record("MEETING_VOTES_RECORDED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-votes-recorded", meeting.getAgenda().indexOf(item) + 1, String.join(", ", recorded),
                        AuditDetails.word("outcome.", decision.open() ? null : decision.outcome()),
                        decision.open() || decision.outcome() == null ? 0 : 1), meeting.toString());
    }

    /** An action point on an item: an organisation's task, given to it when the meeting closes. */
    @Transactional
    public Long addActionPoint(Long meetingId, Long itemId, ActionPointDraft draft) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = get(meetingId);
        meeting.requireScheduled();
        meeting.item(itemId);
        String text = InputPolicy.requiredText("actionText", draft.text(), MeetingScheduleService.MAX_ITEM);
        if (draft.ownerOrganisationId() == null || !organisations.exists(draft.ownerOrganisationId())) {
            throw InvalidInputException.of("actionOwner", "validation.required");
        }
        LocalDate due = InputPolicy.date("actionDue", draft.dueOn());
        if (due == null) {
            throw InvalidInputException.of("actionDue", "validation.required");
        }
        ActionPoint point = actionPoints.save(new ActionPoint(meetingId, itemId, text, draft.ownerOrganisationId(),
                due));
        audit.record("ACTION_POINT_ADDED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.action-point-added",
                        AuditDetails.organisation(organisations.get(draft.ownerOrganisationId()).getCode()), due, text),
                text);
        return point.getId();
    }

    /**
     * Closes the meeting: its minutes are what was recorded (in the meeting's language, as a PDF on its page), the
     * members are told, and each action point's owner is given its task.
     */
    @Transactional
    public void close(Long meetingId, String notes) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = get(meetingId);
        String text = InputPolicy.optionalText("minutes", notes, MeetingService.MAX_MINUTES);
        if (meeting.getParticipants().isEmpty()) {
            throw InvalidInputException.of("meetingParticipants", "meetings.error.no-participants");
        }
        meeting.close(text);
        List<ActionPoint> points = actionPoints.findByMeetingIdOrderById(meetingId);
        audit.record("MEETING_CLOSED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-closed", meeting.getHeldOn(), meeting.getAgenda().size(),
                        points.size()), meeting.toString());
        events.publishEvent(new MeetingAnnounced(meetingId, MeetingAnnounced.Announcement.MINUTES,
                meeting.getCalendarSequence(), meeting.getTitle(), meeting.getHeldOn(), null, null, null, null, null,
                null, null));
        points.forEach(p -> events.publishEvent(new ActionPointGiven(p.getId(), meetingId, p.getOwnerOrganisationId(),
                p.getText(), p.getDueOn())));
    }

    private Meeting get(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }
}
