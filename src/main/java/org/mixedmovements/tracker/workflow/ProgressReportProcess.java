package org.mixedmovements.tracker.workflow;

/**
 * Ids of bpmn/progress-report.bpmn and its variables: one instance per recommendation and reporting period, waiting
 * for the period's end, then following the lead's report until it is submitted.
 */
public final class ProgressReportProcess {

    public static final String PROCESS_ID = "progress-report";
    public static final String START_PERIOD = "StartEvent_ReportingPeriodStarted";
    public static final String TIMER_REPORT_DUE = "TimerEvent_ReportDue";
    public static final String SERVICE_OPEN_REPORT = "ServiceTask_OpenReport";
    public static final String GATEWAY_REPORT_OWED = "Gateway_ReportOwed";
    public static final String TASK_SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
    public static final String BOUNDARY_REPORT_REMINDER = "BoundaryEvent_ReportReminder";
    public static final String BOUNDARY_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
    public static final String SERVICE_REMIND_LEAD = "ServiceTask_RemindLead";
    public static final String SERVICE_ESCALATE_MISSING_REPORT = "ServiceTask_EscalateMissingReport";
    public static final String END_SUBMITTED = "EndEvent_ReportSubmitted";
    public static final String END_NO_REPORT_OWED = "EndEvent_NoReportOwed";

    /** String: the reporting period's kind ({@code ReportingPeriod}), as the plan set it when the period began. */
    public static final String VAR_REPORTING_PERIOD = "reportingPeriod";
    /** String: the period's last day (ISO date); the report is owed from 00:00 the next day, plan time zone. */
    public static final String VAR_PERIOD_END = "periodEnd";
    /** Long: the report owed; null when none is (the recommendation is not in implementation any more). */
    public static final String VAR_PROGRESS_REPORT_ID = "progressReportId";
    /** String: the candidate group of the report task, the lead organisation's staff ({@code org:CODE}). */
    public static final String VAR_REPORT_GROUP = "progressReportGroup";

    private ProgressReportProcess() {
    }
}
