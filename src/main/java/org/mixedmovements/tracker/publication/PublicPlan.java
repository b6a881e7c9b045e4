package org.mixedmovements.tracker.publication;

import org.mixedmovements.tracker.recommendation.LocalisedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mixedmovements.tracker.compliance.DayFigures;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

/**
 * A published plan as the public page shows it: nothing but what {@link PublicQueries} reads of the published
 * recommendations. No person, account, comment, reason, evidence or internal note has a field here.
 *
 * @param language  the language the plan's texts (titles, themes, milestone names) are written in
 * @param today  the day the figures are of (the plan's time zone)
 * @param trend  the published recommendations' acceptance and implementation at each month's end and today
 */
public record PublicPlan(String code, String title, String source, LocalDate studyPublishedOn, String language,
                         LocalDate today,
                         boolean showsVotes, List<Recommendation> recommendations, List<DayFigures> trend) {

    /** A published recommendation. {@code votes} is empty unless the plan shows the organisations' votes. */
    public record Recommendation(String code, String title, String theme, GroupResponse response,
                                 String targetPeriod, String leadCode, String leadName, RecommendationStatus status,
                                 List<Milestone> milestones, List<Vote> votes, LocalisedText shownTitle,
                                 LocalisedText shownTheme) {

        /** The mean progress of its milestones in force (a completed one counts as 100); empty without any. */
        public Optional<Integer> progress() {
            return milestones.isEmpty() ? Optional.empty() : Optional.of((int) Math.round(milestones.stream()
                    .mapToInt(m -> m.done() ? 100 : m.progress()).average().orElse(0)));
        }

        /** Milestones whose due date has come (by the end of {@code today}). */
        public long due(LocalDate today) {
            return milestones.stream().filter(m -> !m.due().isAfter(today)).count();
        }

        public long done() {
            return milestones.stream().filter(Milestone::done).count();
        }

        public long overdue(LocalDate today) {
            return milestones.stream().filter(m -> m.overdue(today)).count();
        }
    }

    /** A milestone in force (its plan approved by the group). */
    public record Milestone(String name, LocalDate due, LocalDate completedOn, int progress) {

        public boolean done() {
            return completedOn != null;
        }

        public boolean overdue(LocalDate today) {
            return !done() && today.isAfter(due);
        }
    }

    /** How one organisation voted on the group's response. */
    public record Vote(String organisationCode, String organisationName, VoteChoice choice) {
    }

    /** A published plan in the list of plans. */
    public record Line(String code, String title) {
    }
}
