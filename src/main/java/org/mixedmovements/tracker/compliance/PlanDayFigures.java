package org.mixedmovements.tracker.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One row of the trend: a plan's figures at the end of one day (see {@link DayFigures}). */
@Entity
@Table(name = "plan_day_figures")
class PlanDayFigures {

    /** The plan and the day in its time zone. */
    @Embeddable
    static class Key implements Serializable {
        private Long planId;
        @Column(name = "on_day")
        private LocalDate day;

        protected Key() {
        }

        Key(Long planId, LocalDate day) {
            this.planId = planId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(planId, key.planId) && Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, day);
        }
    }

    @EmbeddedId
    private Key key;
    private int accepted;
    private int implemented;
    private int completed;
    private int completedOnTime;
    private int overdue;
    private int planned;

    protected PlanDayFigures() {
    }

    PlanDayFigures(Long planId, DayFigures figures) {
        this.key = new Key(planId, figures.day());
        set(figures);
    }

    /** Takes the figures; returns whether anything changed (so a second run writes nothing). */
    boolean set(DayFigures figures) {
        if (figures.equals(figures())) {
            return false;
        }
        accepted = figures.accepted();
        implemented = figures.implemented();
        completed = figures.completed();
        completedOnTime = figures.completedOnTime();
        overdue = figures.overdue();
        planned = figures.planned();
        return true;
    }

    DayFigures figures() {
        return new DayFigures(key.day, accepted, implemented, completed, completedOnTime, overdue, planned);
    }

    Long planId() {
        return key.planId;
    }
}
