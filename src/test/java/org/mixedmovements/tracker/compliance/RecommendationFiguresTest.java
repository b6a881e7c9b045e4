package org.mixedmovements.tracker.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.recommendation.Scope;

/** The recommendation figures as docs/compliance.md computes them by hand. */
class RecommendationFiguresTest {

    private static long id;

    private static RecommendationSummary rec(String lead, String theme, RecommendationStatus status,
                                             GroupResponse response) {
        id++;
        return new RecommendationSummary(id, 1L, "R" + id, "Recommendation " + id, theme,
                CoordinationLevel.OPERATIONAL, Scope.REGIONAL, status, response, lead == null ? null : id, lead, 0, 0);
    }

    /** The worked example of docs/compliance.md, "Recommendation figures". */
    private static final List<RecommendationSummary> EXAMPLE = List.of(
            rec("IOM", "Mechanism", RecommendationStatus.IMPLEMENTED, GroupResponse.ACCEPTED),
            rec("IOM", "Mechanism", RecommendationStatus.IN_IMPLEMENTATION, GroupResponse.PARTIALLY_ACCEPTED),
            rec("OCHA", "Mechanism", RecommendationStatus.PLANNING, GroupResponse.ACCEPTED),
            rec("OCHA", "Coverage", RecommendationStatus.NOT_IMPLEMENTED, GroupResponse.ACCEPTED),
            rec(null, "Coverage", RecommendationStatus.NOT_ACCEPTED, GroupResponse.NOT_ACCEPTED),
            rec(null, "Coverage", RecommendationStatus.ON_AGENDA, null),
            rec(null, "Coverage", RecommendationStatus.NEW, null));

    @Test
    void acceptedIsCountedOutOfAnsweredAndImplementedOutOfAccepted() {
        RecommendationFigures figures = RecommendationFigures.of(EXAMPLE);

        assertThat(figures.total().recommendations()).isEqualTo(7);
        assertThat(figures.total().responded()).isEqualTo(5);
        assertThat(figures.noResponseYet()).isEqualTo(2);
        assertThat(figures.byResponse()).containsEntry(GroupResponse.ACCEPTED, 3L)
                .containsEntry(GroupResponse.PARTIALLY_ACCEPTED, 1L).containsEntry(GroupResponse.NOT_ACCEPTED, 1L);
        assertThat(figures.acceptanceRate()).contains(80); // 4 of 5 answered
        assertThat(figures.byImplementation()).containsEntry(Implementation.IMPLEMENTED, 1L)
                .containsEntry(Implementation.IN_PROGRESS, 1L).containsEntry(Implementation.NOT_STARTED, 1L)
                .containsEntry(Implementation.NOT_IMPLEMENTED, 1L)
                .containsEntry(Implementation.PARTIALLY_IMPLEMENTED, 0L);
        assertThat(figures.implementationRate()).contains(25); // 1 of 4 accepted
    }

    @Test
    void eachLeadOrganisationAndThemeHasItsOwnRatesAndRecommendationsWithoutALeadComeLast() {
        RecommendationFigures figures = RecommendationFigures.of(EXAMPLE);

        assertThat(figures.byLead()).extracting(RecommendationFigures.Group::key).containsExactly("IOM", "OCHA", null);
        RecommendationFigures.Group iom = figures.byLead().get(0);
        assertThat(iom.implementationRate()).contains(50);
        assertThat(iom.acceptanceRate()).contains(100);
        RecommendationFigures.Group noLead = figures.byLead().get(2);
        assertThat(noLead.recommendations()).isEqualTo(3);
        assertThat(noLead.acceptanceRate()).contains(0); // answered once, not accepted
        assertThat(noLead.implementationRate()).isEmpty(); // nothing accepted: no rate, not 0 %
        assertThat(figures.byTheme()).extracting(g -> g.key() + " " + g.implementationRate().orElse(-1))
                .containsExactly("Mechanism 33", "Coverage 0");
    }

    @Test
    void withoutAnyAnswerThereIsNoRateAtAll() {
        RecommendationFigures figures = RecommendationFigures.of(List.of(
                rec(null, "Coverage", RecommendationStatus.NEW, null)));

        assertThat(figures.acceptanceRate()).isEmpty();
        assertThat(figures.implementationRate()).isEmpty();
    }
}
