package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan's figures as they stood at the end of one day in its time zone (today: as they stand now). See
 * docs/compliance.md, "Figures over time".
 *
 * @param accepted        recommendations accepted, in full or in part
 * @param implemented     of those, implemented in full or in part
 * @param completed       milestones in force completed by that day
 * @param completedOnTime of those, completed on or before their due date
 * @param overdue         milestones in force open after their due date
 * @param planned         milestones in force whose baseline due date is on or before that day (the burn-up's plan)
 */
public record DayFigures(LocalDate day, int accepted, int implemented, int completed, int completedOnTime,
                         int overdue, int planned) {

    /** Implemented out of accepted, in whole per cent rounded down; empty when none is accepted. */
    public Optional<Integer> implementationRate() {
        return Implementation.rate(implemented, accepted);
    }

    /** Completed on time out of completed, in whole per cent rounded down; empty when none is completed. */
    public Optional<Integer> onTimeRate() {
        return completed == 0 ? Optional.empty() : Optional.of(completedOnTime * 100 / completed);
    }
}
