package org.mixedmovements.tracker.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.recommendation.MilestoneListRow;
import org.mixedmovements.tracker.recommendation.RecommendationHit;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

class SearchViewTest extends UiTest {

    /** A recommendation led by R4V with an approved milestone of that name; returns the recommendation's id. */
    Long withMilestone(String title, String milestone) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.adopt(recommendation, "R4V");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone(milestone, "R4V", 30, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        fixtures.signOut();
        return recommendation;
    }

    void search(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of(SearchView.QUERY_PARAMETER, query));
    }

    /** What the result list shows; a list with nothing found is hidden. */
    @SuppressWarnings("unchecked")
    <T> List<T> results(String id) {
        List<Grid> grids = _find(Grid.class, spec -> spec.withId(id));
        return grids.isEmpty() ? List.of() : GridKt._fetch(grids.get(0), 0, 100);
    }

    @Test
    void typing_migracion_in_the_search_box_finds_the_milestone_named_migracion_and_its_open_task() {
        Long recommendation = withMilestone("Border coordination", "Coordinación con Migración Colombia");

        signIn("agency.r4v");
        UI.getCurrent().navigate("tasks");
        _setValue(_get(TextField.class, spec -> spec.withId("global-search")), "migracion");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("search?q=migracion");
        assertThat(this.<MilestoneListRow>results("search-milestones"))
                .anySatisfy(m -> {
                    assertThat(m.recommendationId()).isEqualTo(recommendation);
                    assertThat(m.name()).isEqualTo("Coordinación con Migración Colombia");
                    assertThat(m.ownerCode()).isEqualTo("R4V");
                });
        assertThat(this.<TaskCard>results("search-tasks"))
                .anySatisfy(t -> {
                    assertThat(t.recommendationId()).isEqualTo(recommendation);
                    assertThat(t.kind()).isEqualTo(WorkItemKind.WORK_ON_MILESTONE);
                });
    }

    @Test
    void the_search_ignores_case_and_accents_in_both_directions_and_needs_every_word() {
        Long recommendation = withMilestone("Border coordination", "Coordinación con Migración Colombia");
        signIn("wg.ocha");

        for (String query : List.of("MIGRACIÓN", "Migracion colombia", "coordinacion   MIGRACIÓN")) {
            search(query);
            assertThat(this.<MilestoneListRow>results("search-milestones")).as(query)
                    .anyMatch(m -> m.recommendationId().equals(recommendation));
        }
        search("migracion peru");
        assertThat(this.<MilestoneListRow>results("search-milestones"))
                .noneMatch(m -> m.recommendationId().equals(recommendation));
    }

    @Test
    void a_recommendation_is_found_by_a_word_of_its_title_or_full_text_with_the_place_it_is_mentioned() {
        Long recommendation = fixtures.newRecommendation("Protección de datos personales");
        signIn("agency.ibchm");

        search("proteccion");
        assertThat(this.<RecommendationHit>results("search-recommendations"))
                .anyMatch(r -> r.id().equals(recommendation) && r.code().equals("T1"));
        search("STUDY personales");
        assertThat(this.<RecommendationHit>results("search-recommendations"))
                .filteredOn(r -> r.id().equals(recommendation)).singleElement()
                .satisfies(r -> assertThat(r.excerpt()).contains("The words of the study for Protección"));
    }

    @Test
    void an_empty_query_asks_for_words_and_a_query_too_long_is_refused_with_a_message() {
        signIn("secretariat");
        search("   ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-message")).getText())
                .startsWith("Type one or more words");
        _assertNone(Grid.class, spec -> spec.withId("search-milestones"));

        search("x".repeat(101));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-message")).getText())
                .isEqualTo("Search: Type at most 100 characters.");
        _assertNone(Grid.class, spec -> spec.withId("search-recommendations"));
    }

    @Test
    void a_word_found_nowhere_says_none_found() {
        signIn("secretariat");
        search("zxqwvunfindable");
        assertThat(_get(Span.class, spec -> spec.withId("search-milestones-count")).getText()).isEqualTo("0 found");
        assertThat(_get(Span.class, spec -> spec.withId("search-recommendations-count")).getText()).isEqualTo("0 found");
        _assertNone(Grid.class, spec -> spec.withId("search-milestones"));
    }
}
