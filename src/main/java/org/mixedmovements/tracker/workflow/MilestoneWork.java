package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_MILESTONE_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mixedmovements.tracker.recommendation.ImplementationPlanService;
import org.mixedmovements.tracker.recommendation.MilestoneRow;
import org.springframework.stereotype.Component;

/**
 * Milestone work tasks: the list of approved milestones the multi-instance task runs over (read when it starts,
 * never stored as a variable), and the owner organisation each task is offered to. Public because the engine's
 * expression language calls it.
 */
@Component("milestoneWork")
public class MilestoneWork implements TaskListener {

    private final ImplementationPlanService plans;

    MilestoneWork(ImplementationPlanService plans) {
        this.plans = plans;
    }

    /** Used by the multi-instance collection expression of Task_WorkOnMilestone. */
    public List<Long> approvedMilestoneIds(Long recommendationId) {
        return plans.approvedMilestoneIds(recommendationId);
    }

    @Override
    public void notify(DelegateTask task) {
        MilestoneRow milestone = plans.milestoneRow((Long) task.getVariable(VAR_MILESTONE_ID));
        task.addCandidateGroup(WorkGroups.organisation(milestone.ownerCode()));
    }
}
