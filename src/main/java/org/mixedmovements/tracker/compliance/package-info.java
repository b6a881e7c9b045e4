/**
 * Compliance at a glance: the compliance read model (one row per milestone in force, kept in the transaction of each
 * {@code MilestoneEvent}, re-evaluated hourly for each plan's new day, rebuilt on demand), the roll-ups and paged lists
 * it answers for the dashboard, reports and API, the dashboard (who must act now: open decisions, overdue
 * milestones and plans to draft, with the organisations awaited; status counts, overdue and coming deadlines, progress
 * per recommendation, the national matrix, filters in the link) and the timeline (the Gantt chart of a plan's
 * milestones, windowed and paged in the database). It also tells the task lists which milestones are late
 * ({@code workflow.MilestoneUrgency}).
 */
package org.mixedmovements.tracker.compliance;
