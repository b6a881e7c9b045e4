package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mixedmovements.tracker.recommendation.ImplementationPlanService;
import org.springframework.stereotype.Component;

/** The group approved the plan: its milestones take effect. */
@Component("activateImplementationPlan")
class ActivatePlanDelegate implements JavaDelegate {

    private final ImplementationPlanService plans;

    ActivatePlanDelegate(ImplementationPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.activate((Long) execution.getVariable(VAR_RECOMMENDATION_ID));
    }
}
