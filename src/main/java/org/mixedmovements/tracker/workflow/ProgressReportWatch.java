package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.ProgressReportProcess.PROCESS_ID;
import static org.mixedmovements.tracker.workflow.ProgressReportProcess.TIMER_REPORT_DUE;
import static org.mixedmovements.tracker.workflow.ProgressReportProcess.VAR_PERIOD_END;
import static org.mixedmovements.tracker.workflow.ProgressReportProcess.VAR_REPORTING_PERIOD;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.milestone.ImplementationPlanApproved;
import org.mixedmovements.tracker.progressreport.ProgressReports;
import org.mixedmovements.tracker.progressreport.ReportedRecommendation;
import org.mixedmovements.tracker.progressreport.ReportingDirectory;
import org.mixedmovements.tracker.progressreport.ReportingPeriodEnd;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one {@code progress-report} instance waiting for the end of the current reporting period of every
 * recommendation in implementation: the first starts when the group approves the plan, each one starts the next when
 * its period ends, and on start-up any recommendation in implementation without one gets it (a database from before
 * progress reports, or a chain that ended while the recommendation was not in implementation).
 */
@Component
class ProgressReportWatch {

    private final RuntimeService runtime;
    private final ProgressReports reports;
    private final ReportingDirectory recommendations;

    ProgressReportWatch(RuntimeService runtime, ProgressReports reports, ReportingDirectory recommendations) {
        this.runtime = runtime;
        this.reports = reports;
        this.recommendations = recommendations;
    }

    /** Synchronous, in the approving transaction: a plan in force always has its reporting watched. */
    @EventListener
    void on(ImplementationPlanApproved approved) {
        watch(approved.recommendationId(), reports.currentPeriod(approved.recommendationId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void watchEveryRecommendationInImplementation() {
        for (ReportedRecommendation recommendation : recommendations.inImplementation()) {
            if (!isWatched(recommendation.id())) {
                watch(recommendation.id(), reports.currentPeriod(recommendation.id()));
            }
        }
    }

    /** Waits for the end of that period of the recommendation. */
    void watch(Long recommendationId, ReportingPeriodEnd period) {
        runtime.startProcessInstanceByKey(PROCESS_ID, "progress-report-" + recommendationId + "-" + period.lastDay(),
                Map.of(VAR_RECOMMENDATION_ID, recommendationId, VAR_REPORTING_PERIOD, period.period().name(),
                        VAR_PERIOD_END, period.lastDay().toString()));
    }

    private boolean isWatched(Long recommendationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .variableValueEquals(VAR_RECOMMENDATION_ID, recommendationId).activityIdIn(TIMER_REPORT_DUE)
                .count() > 0;
    }
}
