package org.mixedmovements.tracker.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.mixedmovements.tracker.TestClock;
import org.springframework.stereotype.Component;

/**
 * The timers of a working-group decision's process (reminder, closing), found by their BPMN ids and fired as the job
 * executor would fire them: with the application's clock moved to their due moment (the caller resets the clock).
 */
@Component
public class DecisionTimers {

    private final RuntimeService runtime;
    private final ManagementService management;

    DecisionTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The decision's timer at that boundary event ({@code WorkingGroupDecisionProcess.BOUNDARY_...}). */
    public Job timer(Long decisionId, String boundaryEventId) {
        String process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(WorkingGroupDecisionProcess.PROCESS_ID)
                .variableValueEquals(WorkingGroupDecisionProcess.VAR_DECISION_ID, decisionId).singleResult().getId();
        return management.createJobQuery().processInstanceId(process).timers().activityId(boundaryEventId)
                .singleResult();
    }

    /** Moves the clock a minute past the timer's due moment and runs it. */
    public void fire(Long decisionId, String boundaryEventId) {
        Job timer = timer(decisionId, boundaryEventId);
        TestClock.set(timer.getDuedate().toInstant().plusSeconds(60));
        management.executeJob(timer.getId());
    }
}
