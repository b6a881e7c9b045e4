package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_DEADLINE_CHANGE_ID;
import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RECOMMENDATION_ID;
import static org.mixedmovements.tracker.workflow.RecommendationImplementationProcess.VAR_RESPONSE_ACCEPTED;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_DECISION_ID;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_DECISION_RULE;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_OUTCOME;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_QUORUM_REACHED;
import static org.mixedmovements.tracker.workflow.WorkingGroupDecisionProcess.VAR_REASON;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mixedmovements.tracker.milestone.DeadlineChangeService;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.plan.ReportingPeriod;
import org.mixedmovements.tracker.progressreport.ProgressReports;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workinggroup.DecisionRequest;
import org.mixedmovements.tracker.workinggroup.DecisionResult;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the processes, one bean each, named as in the BPMN's {@code delegateExpression}. Each is thin:
 * it reads ids from variables, calls one feature service and writes what the next gateway needs.
 */
@Configuration
class ProcessDelegates {

    @Bean
    JavaDelegate openResponseDecision(RecommendationService recommendations, WorkingGroupDecisions decisions) {
        return execution -> open(execution, decisions, recommendations.responseDecisionRequest(recommendation(execution)));
    }

    @Bean
    JavaDelegate applyResponse(RecommendationService recommendations) {
        return execution -> execution.setVariable(VAR_RESPONSE_ACCEPTED,
                recommendations.applyResponse(recommendation(execution)));
    }

    @Bean
    JavaDelegate returnResponseProposal(RecommendationService recommendations) {
        return execution -> recommendations.responseReturned(recommendation(execution), reason(execution));
    }

    @Bean
    JavaDelegate openPlanDecision(ImplementationPlanService plans, WorkingGroupDecisions decisions) {
        return execution -> open(execution, decisions, plans.decisionRequest(recommendation(execution)));
    }

    @Bean
    JavaDelegate activateImplementationPlan(ImplementationPlanService plans) {
        return execution -> plans.activate(recommendation(execution));
    }

    @Bean
    JavaDelegate returnImplementationPlan(ImplementationPlanService plans) {
        return execution -> plans.returnToLead(recommendation(execution), reason(execution));
    }

    @Bean
    JavaDelegate startFinalReview(RecommendationService recommendations) {
        return execution -> recommendations.startFinalReview(recommendation(execution));
    }

    @Bean
    JavaDelegate closeDecision(WorkingGroupDecisions decisions) {
        return execution -> {
            DecisionResult result = decisions.close((Long) execution.getVariable(VAR_DECISION_ID));
            execution.setVariable(VAR_OUTCOME, result.outcome().name());
            execution.setVariable(VAR_REASON, result.reason());
        };
    }

    @Bean
    JavaDelegate closeVoting(WorkingGroupDecisions decisions) {
        return execution -> execution.setVariable(VAR_QUORUM_REACHED,
                decisions.closeVoting((Long) execution.getVariable(VAR_DECISION_ID)));
    }

    @Bean
    JavaDelegate remindMembers(WorkingGroupDecisions decisions) {
        return execution -> decisions.remindBeforeClosing((Long) execution.getVariable(VAR_DECISION_ID));
    }

    @Bean
    JavaDelegate openMilestoneDecision(ImplementationPlanService plans, WorkingGroupDecisions decisions) {
        return execution -> open(execution, decisions, plans.milestoneDecisionRequest(milestone(execution)));
    }

    @Bean
    JavaDelegate completeMilestone(ImplementationPlanService plans) {
        return execution -> plans.completeMilestone(milestone(execution));
    }

    @Bean
    JavaDelegate reopenMilestone(ImplementationPlanService plans) {
        return execution -> plans.reopenMilestone(milestone(execution), reason(execution));
    }

    @Bean
    JavaDelegate openDeadlineDecision(DeadlineChangeService changes, WorkingGroupDecisions decisions) {
        return execution -> {
            Long change = (Long) execution.getVariable(VAR_DEADLINE_CHANGE_ID);
            changes.underDecision(change, open(execution, decisions, changes.decisionRequest(change)));
        };
    }

    @Bean
    JavaDelegate applyNewDueDate(DeadlineChangeService changes, DeadlineWatch watch) {
        return execution -> watch.restart(changes.apply((Long) execution.getVariable(VAR_DEADLINE_CHANGE_ID)),
                recommendation(execution));
    }

    @Bean
    JavaDelegate refuseDeadlineChange(DeadlineChangeService changes) {
        return execution -> changes.refuse((Long) execution.getVariable(VAR_DEADLINE_CHANGE_ID), reason(execution));
    }

    @Bean
    JavaDelegate sendReminder(MilestoneDeadlines deadlines) {
        return execution -> deadlines.record(milestone(execution), DeadlineEventKind.REMINDER);
    }

    @Bean
    JavaDelegate markOverdue(MilestoneDeadlines deadlines) {
        return execution -> deadlines.record(milestone(execution), DeadlineEventKind.OVERDUE);
    }

    @Bean
    JavaDelegate escalateToSecretariat(MilestoneDeadlines deadlines) {
        return execution -> deadlines.record(milestone(execution), DeadlineEventKind.ESCALATED_TO_SECRETARIAT);
    }

    @Bean
    JavaDelegate escalateToChair(MilestoneDeadlines deadlines) {
        return execution -> deadlines.record(milestone(execution), DeadlineEventKind.ESCALATED_TO_CHAIR);
    }

    /**
     * The period ended: the lead's report is opened if one is owed, and the next period is watched; a recommendation
     * no longer in implementation, or a report already opened by another instance, ends this chain.
     */
    @Bean
    JavaDelegate openProgressReport(ProgressReports reports, ProgressReportWatch watch) {
        return execution -> {
            Long recommendation = recommendation(execution);
            LocalDate lastDay = LocalDate.parse((String) execution.getVariable(ProgressReportProcess.VAR_PERIOD_END));
            ReportingPeriod period = ReportingPeriod.valueOf(
                    (String) execution.getVariable(ProgressReportProcess.VAR_REPORTING_PERIOD));
            Optional<ProgressReports.Opening> opened = reports.open(recommendation, period, lastDay);
            execution.setVariable(ProgressReportProcess.VAR_PROGRESS_REPORT_ID,
                    opened.map(ProgressReports.Opening::reportId).orElse(null));
            execution.setVariable(ProgressReportProcess.VAR_REPORT_GROUP,
                    opened.map(o -> WorkGroups.organisation(o.organisationCode())).orElse(null));
            if (opened.isPresent()) {
                watch.watch(recommendation, reports.nextPeriod(recommendation, lastDay));
            }
        };
    }

    @Bean
    JavaDelegate remindProgressReport(ProgressReports reports) {
        return execution -> reports.remind(progressReport(execution));
    }

    @Bean
    JavaDelegate escalateProgressReport(ProgressReports reports) {
        return execution -> reports.escalate(progressReport(execution));
    }

    private static Long progressReport(DelegateExecution execution) {
        return (Long) execution.getVariable(ProgressReportProcess.VAR_PROGRESS_REPORT_ID);
    }

    private static Long open(DelegateExecution execution, WorkingGroupDecisions decisions, DecisionRequest request) {
        Long decisionId = decisions.open(request);
        execution.setVariable(VAR_DECISION_ID, decisionId);
        execution.setVariable(VAR_DECISION_RULE, decisions.rule(decisionId).name());
        return decisionId;
    }

    private static Long recommendation(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_RECOMMENDATION_ID);
    }

    private static Long milestone(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_MILESTONE_ID);
    }

    private static String reason(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_REASON);
    }
}
