package org.mixedmovements.tracker.oversight;

import java.time.Duration;
import java.util.List;
import org.mixedmovements.tracker.audit.AuditDetails;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.milestone.PlannedRecommendation;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration;
import org.mixedmovements.tracker.notification.MailDeliveryAdministration.OutboxSummary;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workflow.EngineOperations;
import org.mixedmovements.tracker.workflow.EngineOperations.DueTimer;
import org.mixedmovements.tracker.workflow.EngineOperations.FailedJob;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators watch instead of Camunda Cockpit: the failed jobs with their recommendation and their retry
 * (written to the audit log), the timers of the next 24 hours, the mail outbox at a glance, and the health of the
 * engine and the database as {@code /actuator/health} reports them.
 */
@Service
@Transactional(readOnly = true)
public class OperationsAdministration {

    /** The audit log's subject of a retried job that belongs to no recommendation. */
    static final String JOB_SUBJECT = "job";
    static final String RETRIED = "JOB_RETRIED";
    /** How far ahead the view lists timers. */
    public static final Duration TIMERS_AHEAD = Duration.ofHours(24);
    /** The health components the view shows, in its order: the database and the process engine. */
    public static final List<String> HEALTH_COMPONENTS = List.of("db", "processEngine");

    /** A failed job with its recommendation's code (null when it belongs to none). */
    public record Incident(FailedJob job, String recommendationCode) {
    }

    /** A timer with its recommendation's code (null when it belongs to none). */
    public record Timer(DueTimer timer, String recommendationCode) {
    }

    /** One part of the application's health: its name ({@link #HEALTH_COMPONENTS}) and whether it is up. */
    public record Health(String component, boolean up, String status) {
    }

    private final EngineOperations engine;
    private final MailDeliveryAdministration mail;
    private final RecommendationService recommendations;
    private final HealthEndpoint health;
    private final AuditLog audit;

    OperationsAdministration(EngineOperations engine, MailDeliveryAdministration mail, RecommendationService recommendations,
               HealthEndpoint health, AuditLog audit) {
        this.engine = engine;
        this.mail = mail;
        this.recommendations = recommendations;
        this.health = health;
        this.audit = audit;
    }

    public List<Incident> incidents() {
        CurrentUser.requireAny(Role.ADMIN);
        return engine.failedJobs().stream().map(job -> new Incident(job, code(job.recommendationId()))).toList();
    }

    public List<Timer> timersDue() {
        CurrentUser.requireAny(Role.ADMIN);
        return engine.timersDueWithin(TIMERS_AHEAD).stream()
                .map(timer -> new Timer(timer, code(timer.recommendationId()))).toList();
    }

    public OutboxSummary outbox() {
        return mail.outbox();
    }

    public List<Health> health() {
        CurrentUser.requireAny(Role.ADMIN);
        return HEALTH_COMPONENTS.stream().map(name -> {
            HealthComponent component = health.healthForPath(name);
            Status status = component == null ? Status.UNKNOWN : component.getStatus();
            return new Health(name, Status.UP.equals(status), status.getCode());
        }).toList();
    }

    /** Gives a failed job one more attempt; the incident closes at once, and opens again if the job fails again. */
    @Transactional
    public void retry(String incidentId) {
        CurrentUser.requireAny(Role.ADMIN);
        FailedJob job = engine.retry(incidentId);
        boolean ofRecommendation = job.recommendationId() != null;
        audit.record(RETRIED, ofRecommendation ? PlannedRecommendation.AUDIT_SUBJECT : JOB_SUBJECT,
                ofRecommendation ? job.recommendationId() : null,
                AuditDetails.of("audit.details.job-retried", job.step(), job.process(), job.error()),
                "job " + job.jobId());
    }

    private String code(Long recommendationId) {
        if (recommendationId == null) {
            return null;
        }
        try {
            return recommendations.summary(recommendationId).code();
        } catch (RuntimeException gone) {
            return null;
        }
    }
}
