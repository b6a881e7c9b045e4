package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_DECISION_REASON;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mixedmovements.tracker.recommendation.ImplementationPlanService;
import org.springframework.stereotype.Component;

/** The group rejected the plan: it goes back to the lead with the reason. */
@Component("returnImplementationPlan")
class ReturnPlanDelegate implements JavaDelegate {

    private final ImplementationPlanService plans;

    ReturnPlanDelegate(ImplementationPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.returnToLead((Long) execution.getVariable(VAR_RECOMMENDATION_ID),
                (String) execution.getVariable(VAR_DECISION_REASON));
    }
}
