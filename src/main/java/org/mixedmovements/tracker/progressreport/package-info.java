/**
 * Recurring progress reports: at the end of each reporting period of a plan (quarterly by default) the lead
 * organisation of every recommendation in implementation owes a short report on it (narrative, progress, obstacles,
 * next steps, optional evidence link), due {@link org.mixedmovements.tracker.progressreport.ProgressReports#DAYS_TO_REPORT}
 * days after the period; a missing one is reminded and escalated to the secretariat like a milestone (the
 * {@code progress-report} process), flagged on the dashboard and listed in the meeting pack and the compliance report.
 * Recommendations are known here only through the
 * {@link org.mixedmovements.tracker.progressreport.ReportingDirectory} port, so the dependency runs from
 * recommendations to their reports, and the recommendation page shows them.
 */
package org.mixedmovements.tracker.progressreport;
