package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.mixedmovements.tracker.base.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The engine's side of the operations view: the jobs that failed for good (incidents) and their retry, and the timers
 * about to fire, each with the recommendation it belongs to and the step's name from the BPMN file, so that nobody
 * needs Cockpit. It checks nobody: the operations feature's service does, and writes the audit entry.
 */
@Service
public class EngineOperations {

    /** At most this many rows of a kind: an operations list is read, not paged through. */
    static final int MAX_ROWS = 200;

    /**
     * A job that failed after its last retry.
     *
     * @param recommendationId null when the process carries none
     * @param step             the BPMN element's name (its id when it has none)
     * @param process          the process's name
     * @param error            the exception's message as the engine kept it
     * @param processKey       the process's id in its model, for the labels of {@link #step(Locale)}
     * @param activityId       the BPMN element's id (null when unknown)
     */
    public record FailedJob(String incidentId, String jobId, Long recommendationId, String step, String process,
                            String error, Instant failedAt, String processKey, String activityId) {

        /** The step's name in the reader's language, as the diagram labels it (the model's name where none is). */
        public String step(Locale locale) {
            return DiagramLabels.label(locale, processKey, activityId, step);
        }

        /** The process's name in the reader's language. */
        public String process(Locale locale) {
            return DiagramLabels.label(locale, processKey, processKey, process);
        }
    }

    /** A timer of a process and when it fires. */
    public record DueTimer(String jobId, Long recommendationId, String step, String process, Instant dueAt,
                           String processKey, String activityId) {

        /** The step's name in the reader's language, as the diagram labels it (the model's name where none is). */
        public String step(Locale locale) {
            return DiagramLabels.label(locale, processKey, activityId, step);
        }

        /** The process's name in the reader's language. */
        public String process(Locale locale) {
            return DiagramLabels.label(locale, processKey, processKey, process);
        }
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;

    EngineOperations(RuntimeService runtime, ManagementService management, RepositoryService repository,
                     Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.clock = clock;
    }

    /** The failed jobs waiting for an administrator, newest first. */
    public List<FailedJob> failedJobs() {
        Map<String, String> processNames = new HashMap<>();
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().desc().listPage(0, MAX_ROWS).stream()
                .map(incident -> failedJob(incident, processNames))
                .toList();
    }

    /**
     * Gives a failed job one more attempt: the engine closes its incident at once and the job executor runs the job
     * again at its next acquisition; if it fails again, a new incident opens.
     *
     * @return the failed job as it was, for the caller's audit entry
     */
    public FailedJob retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
        if (incident == null) {
            throw new NotFoundException("incident", incidentId);
        }
        FailedJob failed = failedJob(incident, new HashMap<>());
        management.setJobRetries(failed.jobId(), 1);
        management.setJobDuedate(failed.jobId(), Date.from(clock.instant()));
        return failed;
    }

    private FailedJob failedJob(Incident incident, Map<String, String> processNames) {
        return new FailedJob(incident.getId(), incident.getConfiguration(), recommendationOf(incident.getExecutionId()),
                stepName(incident.getProcessDefinitionId(), incident.getActivityId()),
                processNames.computeIfAbsent(incident.getProcessDefinitionId(), this::processName),
                incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
                processKey(incident.getProcessDefinitionId()), incident.getActivityId());
    }

    /** The timers that fire within the coming period, soonest first. */
    public List<DueTimer> timersDueWithin(Duration period) {
        Map<String, String> processNames = new HashMap<>();
        Map<String, Optional<Long>> recommendations = new HashMap<>();
        Map<String, String> activities = new HashMap<>();
        return management.createJobQuery().timers().active()
                .duedateLowerThan(Date.from(clock.instant().plus(period)))
                .orderByJobDuedate().asc().listPage(0, MAX_ROWS).stream()
                .map(job -> new DueTimer(job.getId(),
                        recommendations.computeIfAbsent(job.getExecutionId(),
                                id -> Optional.ofNullable(recommendationOf(id))).orElse(null),
                        stepName(job.getProcessDefinitionId(), activityOf(job, activities)),
                        processNames.computeIfAbsent(job.getProcessDefinitionId(), this::processName),
                        job.getDuedate().toInstant(), processKey(job.getProcessDefinitionId()),
                        activityOf(job, activities)))
                .toList();
    }

    private String activityOf(Job job, Map<String, String> activities) {
        return job.getJobDefinitionId() == null ? null : activities.computeIfAbsent(job.getJobDefinitionId(), id -> {
            var definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return definition == null ? null : definition.getActivityId();
        });
    }

    private Long recommendationOf(String executionId) {
        if (executionId == null) {
            return null;
        }
        try {
            Object value = runtime.getVariable(executionId, VAR_RECOMMENDATION_ID);
            return value instanceof Number number ? number.longValue() : null;
        } catch (RuntimeException gone) {
            return null;
        }
    }

    private String stepName(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element == null || element.getName() == null || element.getName().isBlank() ? activityId
                : element.getName().replaceAll("\\s+", " ").strip();
    }

    /** The process's id in its model (the engine caches the definition). */
    private String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : repository.getProcessDefinition(processDefinitionId).getKey();
    }

    private String processName(String processDefinitionId) {
        var definition = repository.getProcessDefinition(processDefinitionId);
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
