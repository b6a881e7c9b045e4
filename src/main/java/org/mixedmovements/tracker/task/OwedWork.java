package org.mixedmovements.tracker.task;

import java.time.LocalDate;

/**
 * One item of work an organisation owes outside the engine's tasks.
 *
 * @param source  where it comes from, in words (a meeting's title)
 * @param link    the page it comes from, relative to the application
 * @param overdue past its due date by the plan's deadline calendar
 */
public record OwedWork(Long id, String text, String source, String link, LocalDate dueOn, boolean overdue) {
}
