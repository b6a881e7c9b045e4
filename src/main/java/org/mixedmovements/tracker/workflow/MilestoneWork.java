package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.springframework.stereotype.Component;

/**
 * What the processes ask about milestones: the roll-out branches and their milestones (read when a multi-instance
 * activity starts, never stored as variables), whether evidence is required, and the owner organisation each work
 * task is offered to. Public because the engine's expression language calls it.
 */
@Component("milestoneWork")
public class MilestoneWork implements TaskListener {

    private final ImplementationPlanService plans;

    MilestoneWork(ImplementationPlanService plans) {
        this.plans = plans;
    }

    public List<String> branches(Long recommendationId) {
        return plans.branches(recommendationId);
    }

    public List<Long> milestoneIds(Long recommendationId, String branch) {
        return plans.milestoneIdsOfBranch(recommendationId, branch);
    }

    public boolean evidenceRequired(Long milestoneId) {
        return plans.evidenceRequired(milestoneId);
    }

    @Override
    public void notify(DelegateTask task) {
        MilestoneRow milestone = plans.milestoneRow((Long) task.getVariable(VAR_MILESTONE_ID));
        task.addCandidateGroup(WorkGroups.organisation(milestone.ownerCode()));
    }
}
