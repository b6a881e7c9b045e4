/**
 * Exports: the compliance report and the meeting pack as PDF (OpenPDF), the recommendations, milestones and their
 * open work as Excel workbooks (Apache POI, streamed) and CSV tables, filtered as on screen and in the user's
 * language. Every figure is read from the compliance read model through the same queries as the dashboard; every
 * export is written to the audit log. The views offer the files through ports of their own modules
 * ({@code compliance.DashboardExports}, {@code meeting.MeetingPackExport}, {@code assignment.MilestoneExports}), which
 * this module implements.
 */
package org.mixedmovements.tracker.report;
