package org.mixedmovements.tracker.workflow;

/**
 * What orders task lists by their milestone: which milestones are late and when each is due, as a SQL relation that
 * the task list query joins next to the engine's tables, so that lists are sorted, counted and cut into pages in the
 * database. The compliance feature provides it from its read model; the workflow package knows only the engine's
 * tables and this relation's three columns.
 */
public interface MilestoneUrgency {

    /**
     * A {@code select} that H2 and PostgreSQL both run, without parameters, with one row per milestone and the columns
     * {@code MILESTONE_ID} (bigint), {@code OVERDUE} (1 when the milestone is overdue, else 0) and {@code DUE_DATE}
     * (date). Milestones it has no row for sort as neither late nor due, like tasks without a milestone.
     */
    String relation();
}
