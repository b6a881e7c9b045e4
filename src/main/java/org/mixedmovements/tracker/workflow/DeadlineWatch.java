package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess.PROCESS_ID;
import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.MESSAGE_DEADLINE_CHANGE_REQUESTED;
import static org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess.MESSAGE_DUE_DATE_MOVED;
import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_DEADLINE_CHANGE_ID;
import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.milestone.DeadlineChangeRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Brings deadline changes into the milestone's process, and restarts its deadline watch on the new due date. */
@Component
class DeadlineWatch {

    private final RuntimeService runtime;

    DeadlineWatch(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Synchronous, in the requesting transaction: a request the process cannot take is refused, not lost. */
    @EventListener
    void on(DeadlineChangeRequested requested) {
        try {
            runtime.createMessageCorrelation(MESSAGE_DEADLINE_CHANGE_REQUESTED)
                    .processInstanceVariableEquals(VAR_MILESTONE_ID, requested.milestoneId())
                    .setVariable(VAR_DEADLINE_CHANGE_ID, requested.deadlineChangeId())
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWorkedNow) {
            throw new StateConflictException("deadline.error.not-open", requested.milestoneId());
        }
    }

    /**
     * The due date moved: the watch starts again from the new date (reminder, overdue, escalations). If every step of
     * the old watch was already taken, a new watch starts for the milestone.
     */
    void restart(Long milestoneId, Long recommendationId) {
        try {
            runtime.createMessageCorrelation(MESSAGE_DUE_DATE_MOVED)
                    .processInstanceVariableEquals(VAR_MILESTONE_ID, milestoneId)
                    .correlate();
        } catch (MismatchingMessageCorrelationException watchEnded) {
            runtime.startProcessInstanceByKey(MilestoneDeadlinesProcess.PROCESS_ID, "milestone-" + milestoneId,
                    Map.of(VAR_MILESTONE_ID, milestoneId, VAR_RECOMMENDATION_ID, recommendationId));
        }
    }
}
