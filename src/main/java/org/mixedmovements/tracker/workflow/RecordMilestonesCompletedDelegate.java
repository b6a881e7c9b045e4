package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mixedmovements.tracker.recommendation.ImplementationPlanService;
import org.springframework.stereotype.Component;

/** Every milestone work task is done: the recommendation's milestones are completed. */
@Component("recordMilestonesCompleted")
class RecordMilestonesCompletedDelegate implements JavaDelegate {

    private final ImplementationPlanService plans;

    RecordMilestonesCompletedDelegate(ImplementationPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.milestonesCompleted((Long) execution.getVariable(VAR_RECOMMENDATION_ID));
    }
}
