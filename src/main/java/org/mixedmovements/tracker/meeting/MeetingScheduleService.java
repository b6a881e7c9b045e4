package org.mixedmovements.tracker.meeting;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.InputPolicy;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.compliance.ActNowQueries;
import org.mixedmovements.tracker.compliance.ActNowRow;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a meeting: the secretariat schedules it, the tracker proposes its agenda from the plan's open work (the same
 * list as "who must act now", {@link ActNowQueries}), the secretariat adds, removes and orders items, moves or cancels
 * the meeting. Each scheduling, move and cancellation tells the members with an iCalendar message
 * ({@link MeetingAnnounced}); everything is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class MeetingScheduleService {

    static final int MAX_PLACE = 500;
    static final int MAX_ITEM = 1000;
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private final MeetingRepository meetings;
    private final PlanService plans;
    private final ActNowQueries openWork;
    private final MeetingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    MeetingScheduleService(MeetingRepository meetings, PlanService plans, ActNowQueries openWork,
                           MeetingCalendar calendar, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.plans = plans;
        this.openWork = openWork;
        this.calendar = calendar;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schedules a meeting with the agenda the tracker proposes, and invites the members. Returns its id. */
    @Transactional
    public Long schedule(MeetingSchedule input) {
        TrackerUser user = CurrentUser.requireAny(Role.SECRETARIAT);
        Checked checked = check(input);
        Meeting meeting = meetings.saveAndFlush(Meeting.scheduled(checked.plan().getId(), checked.start(),
                checked.end(), checked.title(), checked.place(), input.language(),
                proposedAgenda(checked.plan().getId()),
                user.getUsername(), clock.instant()));
        meeting.nameInvitation("meeting-" + meeting.getId() + "@recommendation-tracker");
        audit.record("MEETING_SCHEDULED", MeetingService.AUDIT_SUBJECT, meeting.getId(),
                AuditDetails.of("audit.details.meeting-scheduled", checked.start().toLocalDate(),
                        hours(checked), checked.start().getZone().getId(),
                        checked.plan().getCode(), checked.title(), checked.place(), meeting.getAgenda().size()),
                meeting.toString());
        announce(meeting, MeetingAnnounced.Announcement.INVITATION);
        return meeting.getId();
    }

    /** Moves a scheduled meeting (or changes its title, place or language): the members get the updated invitation. */
    @Transactional
    public void reschedule(Long meetingId, MeetingSchedule input) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = scheduled(meetingId);
        Checked checked = check(new MeetingSchedule(meeting.getPlanId(), input.date(), input.time(), input.ends(),
                input.zone(), input.title(), input.place(), input.language()));
        meeting.reschedule(checked.start(), checked.end(), checked.title(), checked.place(), input.language());
        audit.record("MEETING_RESCHEDULED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-rescheduled", checked.start().toLocalDate(),
                        hours(checked), checked.start().getZone().getId(), checked.title(),
                        checked.place()), meeting.toString());
        announce(meeting, MeetingAnnounced.Announcement.UPDATE);
    }

    /** Cancels a scheduled meeting: the members get the cancellation for their calendar. */
    @Transactional
    public void cancel(Long meetingId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = scheduled(meetingId);
        meeting.cancel();
        audit.record("MEETING_CANCELLED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.meeting-cancelled", meeting.getHeldOn(), meeting.getTitle()),
                meeting.toString());
        announce(meeting, MeetingAnnounced.Announcement.CANCELLATION);
    }

    /** Adds an item in the secretariat's own words at the end of the agenda. */
    @Transactional
    public void addItem(Long meetingId, String text) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        String item = InputPolicy.requiredText("agendaItem", text, MAX_ITEM);
        Meeting meeting = scheduled(meetingId);
        meeting.addItem(AgendaItem.free(item));
        audit.record("MEETING_AGENDA_CHANGED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.agenda-item-added", item), meeting.toString());
    }

    /** Takes an item off the agenda (not one the meeting has already decided). */
    @Transactional
    public void removeItem(Long meetingId, Long itemId) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = scheduled(meetingId);
        meeting.removeItem(itemId);
        audit.record("MEETING_AGENDA_CHANGED", MeetingService.AUDIT_SUBJECT, meetingId,
                AuditDetails.of("audit.details.agenda-item-removed", itemId), meeting.toString());
    }

    /** Moves an item one place up ({@code by} &lt; 0) or down ({@code by} &gt; 0). */
    @Transactional
    public void moveItem(Long meetingId, Long itemId, int by) {
        CurrentUser.requireAny(Role.SECRETARIAT);
        Meeting meeting = scheduled(meetingId);
        meeting.move(itemId, by);
    }

    /**
     * The plan's open work, most urgent first, as agenda items: decisions waiting (those taken at a meeting among
     * them), overdue and escalated milestones, plans to draft, progress reports due. The secretariat reads decisions
     * on their Approvals card ({@code approvals/<id>}), which names the decision.
     */
    private List<AgendaItem> proposedAgenda(Long planId) {
        List<AgendaItem> items = new ArrayList<>();
        for (ActNowRow row : openWork.forPlan(planId).rows()) {
            Long decisionId = row.path() != null && row.path().startsWith("approvals/")
                    ? Long.valueOf(row.path().substring("approvals/".length())) : null;
            String detail = row.decisionType() != null ? row.decisionType() : row.milestoneName();
            items.add(new AgendaItem(AgendaItemKind.valueOf(row.kind().name()), decisionId, row.recommendationCode(),
                    detail, row.path(), null));
        }
        return items;
    }

    private Meeting scheduled(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        meeting.requireScheduled();
        return meeting;
    }

    /** The meeting's hours as the audit keeps them, 24-hour and the same in every language: "14:30–16:30". */
    private static String hours(Checked checked) {
        return checked.start().toLocalTime() + "–" + checked.end().toLocalTime();
    }

    private record Checked(Plan plan, ZonedDateTime start, ZonedDateTime end, String title, String place) {
    }

    private Checked check(MeetingSchedule input) {
        List<Problem> problems = new ArrayList<>();
        Plan plan = input.planId() == null ? null : plans.get(input.planId());
        if (plan == null) {
            problems.add(Problem.of("meetingPlan", "validation.required"));
        }
        if (input.date() == null) {
            problems.add(Problem.of("meetingDate", "validation.required"));
        } else {
            InputPolicy.dateProblem("meetingDate", null, input.date()).ifPresent(problems::add);
        }
        if (input.time() == null) {
            problems.add(Problem.of("meetingTime", "validation.required"));
        }
        if (input.ends() == null) {
            problems.add(Problem.of("meetingEnds", "validation.required"));
        } else if (input.time() != null && !input.ends().isAfter(input.time())) {
            problems.add(Problem.of("meetingEnds", "meetings.error.ends-before-start"));
        }
        if (input.zone() == null) {
            problems.add(Problem.of("meetingZone", "validation.required"));
        }
        String title = InputPolicy.normaliseOrNull(input.title());
        if (title == null) {
            problems.add(Problem.of("meetingTitle", "validation.required"));
        } else {
            InputPolicy.problem("meetingTitle", title, MeetingService.MAX_TITLE).ifPresent(problems::add);
        }
        String place = InputPolicy.normaliseOrNull(input.place());
        if (place == null) {
            problems.add(Problem.of("meetingPlace", "validation.required"));
        } else {
            InputPolicy.problem("meetingPlace", place, MAX_PLACE).ifPresent(problems::add);
        }
        if (input.language() == null || !LANGUAGES.contains(input.language())) {
            problems.add(Problem.of("meetingLanguage", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(plan, ZonedDateTime.of(input.date(), input.time(), input.zone()),
                ZonedDateTime.of(input.date(), input.ends(), input.zone()), title, place);
    }

    private void announce(Meeting meeting, MeetingAnnounced.Announcement announcement) {
        ZonedDateTime start = meeting.getStartsAt().atZone(meeting.getZone());
        events.publishEvent(new MeetingAnnounced(meeting.getId(), announcement, meeting.getCalendarSequence(),
                meeting.getTitle(), start.toLocalDate(), start.toLocalTime(),
                meeting.getEndsAt() == null ? null : meeting.getEndsAt().atZone(meeting.getZone()).toLocalTime(),
                meeting.getZone().getId(),
                meeting.getPlace(), "meeting-" + meeting.getId() + ".ics", MeetingCalendar.mediaType(meeting),
                calendar.invitation(meeting)));
    }
}
