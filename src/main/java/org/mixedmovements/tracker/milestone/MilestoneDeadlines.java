package org.mixedmovements.tracker.milestone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.NotFoundException;
import org.mixedmovements.tracker.plan.Plan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a milestone's reminder, overdue mark and escalations fall due, from its current due date and its plan's
 * settings, each at 00:00 in the plan's time zone (docs/process-model.md); and what happened, recorded once.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneDeadlines {

    /** What happened to a milestone's deadlines, for history and tests. */
    public record Event(DeadlineEventKind kind, LocalDate dueDate, Instant occurredAt) {
    }

    private final MilestoneRepository milestones;
    private final DeadlineEventRepository events;
    private final MilestoneRows views;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MilestoneDeadlines(MilestoneRepository milestones, DeadlineEventRepository events,
                       MilestoneRows views, AuditLog audit,
                       ApplicationEventPublisher publisher, Clock clock) {
        this.milestones = milestones;
        this.events = events;
        this.views = views;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** 00:00 of the day {@code reminderDays} before the due date. */
    public Date reminderAt(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return Date.from(calendar(m).reminderAt(m.getCurrentDue()));
    }

    /** 00:00 of the day after the due date: from then on the milestone is overdue. */
    public Date overdueAt(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return Date.from(calendar(m).overdueAt(m.getCurrentDue()));
    }

    /** {@code escalationSecretariatDays} days after the milestone became overdue. */
    public Date secretariatEscalationAt(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return Date.from(calendar(m).secretariatEscalationAt(m.getCurrentDue()));
    }

    /** {@code escalationChairDays} days after the milestone became overdue. */
    public Date chairEscalationAt(Long milestoneId) {
        Milestone m = milestone(milestoneId);
        return Date.from(calendar(m).chairEscalationAt(m.getCurrentDue()));
    }

    /**
     * Records that a deadline step happened for the milestone's current due date. Idempotent: a retried job, a second
     * node or a restart finds the entry and does nothing; a completed milestone gets no reminder or escalation.
     *
     * @return whether this call recorded it
     */
    @Transactional
    public boolean record(Long milestoneId, DeadlineEventKind kind) {
        Milestone m = milestone(milestoneId);
        if (m.isCompleted() || events.existsByMilestoneIdAndKindAndDueDate(milestoneId, kind, m.getCurrentDue())) {
            return false;
        }
        events.saveAndFlush(new DeadlineEvent(milestoneId, kind, m.getCurrentDue(), clock.instant()));
        String action = "DEADLINE_" + kind.name();
        audit.record(action, PlannedRecommendation.AUDIT_SUBJECT, m.getRecommendationId(),
                AuditDetails.of("audit.details.deadline-event", m.getName(), AuditDetails.word("audit." + action),
                        m.getCurrentDue()), "milestone " + milestoneId);
        publisher.publishEvent(new MilestoneDeadlineReached(milestoneId, m.getRecommendationId(), kind, m.getCurrentDue()));
        return true;
    }

    public List<Event> eventsOf(Long milestoneId) {
        return events.findByMilestoneIdOrderByOccurredAtAscIdAsc(milestoneId).stream()
                .map(e -> new Event(e.getKind(), e.getDueDate(), e.getOccurredAt())).toList();
    }

    private DeadlineCalendar calendar(Milestone m) {
        Plan plan = plan(m);
        return new DeadlineCalendar(plan.zone(), plan.getReminderDays(), plan.getEscalationSecretariatDays(),
                plan.getEscalationChairDays());
    }

    private Plan plan(Milestone m) {
        return views.planOf(m);
    }

    private Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }
}
