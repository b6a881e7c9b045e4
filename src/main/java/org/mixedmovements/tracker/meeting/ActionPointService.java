package org.mixedmovements.tracker.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.compliance.OverdueActionPoints;
import org.mixedmovements.tracker.milestone.DeadlineCalendar;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.task.OrganisationWorkService;
import org.mixedmovements.tracker.task.OwedWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action points after a meeting: the open ones of the signed-in user's organisation (its My tasks), marked done by
 * that organisation only. An action point is overdue from 00:00 of the day after its due date in the plan's time
 * zone, as a milestone is ({@link DeadlineCalendar#overdueAt}).
 */
@Service
@Transactional(readOnly = true)
public class ActionPointService implements OrganisationWorkService, OverdueActionPoints {

    private final ActionPointRepository actionPoints;
    private final MeetingRepository meetings;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActionPointService(ActionPointRepository actionPoints, MeetingRepository meetings,
                       OrganisationService organisations, PlanService plans, AuditLog audit, Clock clock,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.actionPoints = actionPoints;
        this.meetings = meetings;
        this.organisations = organisations;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open action points of closed meetings given to the signed-in user's organisation, soonest due first. */
    public List<ActionPointRow> mine() {
        TrackerUser user = CurrentUser.require();
        Map<Long, Meeting> byId = new HashMap<>();
        return actionPoints.findByOwnerOrganisationIdInAndDoneAtIsNullOrderByDueOnAscIdAsc(
                        List.of(user.organisationId())).stream()
                .filter(p -> meeting(p.getMeetingId(), byId).getState() == MeetingState.CLOSED)
                .map(p -> row(p, meeting(p.getMeetingId(), byId))).toList();
    }

    /** My tasks' view of {@link #mine()}: the organisation's open action points, soonest due first. */
    @Override
    public List<OwedWork> owed() {
        return mine().stream().map(p -> new OwedWork(p.id(), p.text(), p.meetingTitle(), "meetings/" + p.meetingId(),
                p.dueOn(), p.overdue())).toList();
    }

    /** A meeting's action points, in the order they were recorded. */
    List<ActionPointRow> ofMeeting(Meeting meeting) {
        return actionPoints.findByMeetingIdOrderById(meeting.getId()).stream().map(p -> row(p, meeting)).toList();
    }

    /** The owner organisation marks its action point done; nobody else may. */
    @Override
    @Transactional
    public void markDone(Long actionPointId) {
        TrackerUser user = CurrentUser.require();
        ActionPoint point = actionPoints.findById(actionPointId)
                .orElseThrow(() -> new NotFoundException("action point", actionPointId));
        if (!user.belongsTo(point.getOwnerOrganisationId())) {
            throw new NotPermittedException("action-points.error.not-yours");
        }
        point.markDone(user.getUsername(), clock.instant());
        audit.record("ACTION_POINT_DONE", MeetingService.AUDIT_SUBJECT, point.getMeetingId(),
                AuditDetails.of("audit.details.action-point-done", actionPointId,
                        AuditDetails.organisation(user.organisationCode()), point.getText()), point.getText());
        events.publishEvent(new ActionPointDone(actionPointId, point.getMeetingId(), point.getOwnerOrganisationId()));
    }

    /**
     * "Who must act now"'s view: the plan's open action points of closed meetings due before {@code today} (the
     * plan's day), that is past 00:00 of the day after their due date, as {@link #row} counts them overdue.
     */
    @Override
    public List<OverdueActionPoint> overdue(Long planId, LocalDate today) {
        Map<Long, Meeting> byId = new HashMap<>();
        return actionPoints.findOpenDueBefore(planId, today).stream()
                .map(p -> new OverdueActionPoint(p.getMeetingId(), meeting(p.getMeetingId(), byId).getTitle(),
                        p.getText(), p.getOwnerOrganisationId(), p.getDueOn()))
                .toList();
    }

    private Meeting meeting(Long id, Map<Long, Meeting> cache) {
        return cache.computeIfAbsent(id, key -> meetings.findById(key).orElseThrow());
    }

    private ActionPointRow row(ActionPoint p, Meeting meeting) {
        Plan plan = plans.get(meeting.getPlanId());
        Instant overdueAt = new DeadlineCalendar(plan.zone(), plan.getReminderDays(),
                plan.getEscalationSecretariatDays(), plan.getEscalationChairDays()).overdueAt(p.getDueOn());
        Organisation owner = organisations.get(p.getOwnerOrganisationId());
        return new ActionPointRow(p.getId(), meeting.getId(), meeting.getTitle(), p.getAgendaItemId(), p.getText(),
                owner.getId(), owner.getCode(), owner.getName(), p.getDueOn(), p.getDoneAt() != null,
                p.getDoneAt() == null && !clock.instant().isBefore(overdueAt));
    }
}
