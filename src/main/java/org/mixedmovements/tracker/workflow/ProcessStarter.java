package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.PROCESS_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_LEAD_GROUP;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationAdopted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a recommendation's implementation process when it is adopted. A plain (synchronous) listener on purpose:
 * the process starts in the adopting transaction, so there is never an adopted recommendation without a process.
 */
@Component
class ProcessStarter {

    private final RuntimeService runtime;
    private final OrganisationService organisations;

    ProcessStarter(RuntimeService runtime, OrganisationService organisations) {
        this.runtime = runtime;
        this.organisations = organisations;
    }

    @EventListener
    void on(RecommendationAdopted adopted) {
        String leadCode = organisations.get(adopted.leadOrganisationId()).getCode();
        runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(adopted.recommendationId()),
                Map.of(VAR_RECOMMENDATION_ID, adopted.recommendationId(),
                        VAR_LEAD_GROUP, WorkGroups.organisation(leadCode)));
    }
}
