package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.PROCESS_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.recommendation.RecommendationPutOnAgenda;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a recommendation's follow-up when the secretariat puts it on the agenda. A plain (synchronous) listener on
 * purpose: the process starts in the same transaction, so there is never a recommendation on the agenda without one.
 */
@Component
class ProcessStarter {

    private final RuntimeService runtime;

    ProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(RecommendationPutOnAgenda event) {
        runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(event.recommendationId()),
                Map.of(VAR_RECOMMENDATION_ID, event.recommendationId()));
    }
}
