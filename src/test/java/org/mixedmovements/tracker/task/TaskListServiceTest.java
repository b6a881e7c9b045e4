package org.mixedmovements.tracker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mixedmovements.tracker.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.ContentTranslationService;
import org.mixedmovements.tracker.recommendation.ContentTranslationService.Translation;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.TranslatedField;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** The task lists, sorted, counted and cut into pages by the database. */
@TrackerTest
class TaskListServiceTest {

    /** The lists' order: late milestone work first, then by due date (none last), then oldest first. */
    static final Comparator<TaskEntry> LIST_ORDER = Comparator
            .comparing((TaskEntry e) -> e.card().compliance() == ComplianceStatus.OVERDUE ? 0 : 1)
            .thenComparing(e -> e.card().dueDate(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(e -> e.card().created(), Comparator.<Instant>naturalOrder());

    @Autowired Fixtures fixtures;
    @Autowired TaskListService lists;
    @Autowired MyTaskService tasks;
    @Autowired RecommendationService recommendations;
    @Autowired ComplianceReadModel readModel;
    @Autowired ContentTranslationService translations;

    static final Locale SPANISH = Locale.forLanguageTag("es");

    /** Milestones whose read-model rows the test evaluated in the future: evaluated again once the clock is back. */
    final List<Long> evaluatedAhead = new ArrayList<>();

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        evaluatedAhead.forEach(readModel::refresh);
        fixtures.signOut();
    }

    void approve(Long recommendation, MilestoneDraft... milestones) {
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(milestones));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
    }

    static void moveTheClock(Duration by) {
        TestClock.advance(by);
    }

    @Test
    void aSpanishReadersTaskCardsShowTheTitleAndTheMilestoneNameTheSecretariatTranslatedAndTheOriginalsElsewhere() {
        Long r = fixtures.newRecommendation("Shared referral pathways");
        fixtures.adopt(r, "R4V");
        approve(r, fixtures.milestone("Pathway agreed with the platforms", "R4V", 30, false));
        Long milestone = recommendations.details(r).milestones().get(0).id();
        fixtures.signIn("secretariat");
        translations.translate(r, SPANISH, List.of(
                new Translation(TranslatedField.TITLE, SPANISH, "Rutas de derivación compartidas")), true);
        translations.translate(milestone, SPANISH, List.of(
                new Translation(TranslatedField.MILESTONE_NAME, SPANISH, "Ruta acordada con las plataformas")), true);

        fixtures.signIn("agency.r4v");
        TaskEntry spanish = lists.page(TaskScope.MINE, 0, 500, SPANISH).stream()
                .filter(e -> milestone.equals(e.card().milestoneId())).findFirst().orElseThrow();
        TaskEntry french = lists.page(TaskScope.MINE, 0, 500, Locale.FRENCH).stream()
                .filter(e -> milestone.equals(e.card().milestoneId())).findFirst().orElseThrow();

        assertThat(spanish.card().recommendationTitle()).isEqualTo("Rutas de derivación compartidas");
        assertThat(spanish.card().milestoneName()).isEqualTo("Ruta acordada con las plataformas");
        assertThat(french.card().recommendationTitle()).isEqualTo("Shared referral pathways");
        assertThat(french.card().milestoneName()).isEqualTo("Pathway agreed with the platforms");
    }

    @Test
    void lateWorkComesFirstAcrossPagesEveryTaskIsOnExactlyOnePageAndTheCountIsTheNumberOfTasks() {
        // created in the opposite of list order: the plan still to draft (no milestone) first, the late work last
        Long toDraft = fixtures.newRecommendation("Plan still to draft");
        fixtures.adopt(toDraft, "R4V");
        moveTheClock(Duration.ofHours(1));
        Long older = fixtures.newRecommendation("Older work");
        fixtures.adopt(older, "R4V");
        approve(older, fixtures.milestone("Due in 40 days", "R4V", 40, false),
                fixtures.milestone("Due in 20 days", "R4V", 20, false));
        moveTheClock(Duration.ofHours(1));
        Long newer = fixtures.newRecommendation("Newer work");
        fixtures.adopt(newer, "R4V");
        approve(newer, fixtures.milestone("Due in 15 days", "R4V", 15, false),
                fixtures.milestone("Due in 5 days", "R4V", 5, false),
                fixtures.milestone("Due in 3 days", "R4V", 3, false));
        // ten days on, as the hourly re-evaluation would find them: the milestones due in 3 and 5 days are overdue
        moveTheClock(Duration.ofDays(10));
        for (Long recommendation : List.of(older, newer)) {
            for (MilestoneRow m : recommendations.details(recommendation).milestones()) {
                readModel.refresh(m.id());
                evaluatedAhead.add(m.id());
            }
        }
        List<Long> ours = List.of(toDraft, older, newer);

        fixtures.signIn("agency.r4v");
        for (TaskScope scope : TaskScope.values()) {
            int count = lists.count(scope);
            List<TaskEntry> paged = new ArrayList<>();
            for (int offset = 0; offset <= count; offset += 2) {
                List<TaskEntry> page = lists.page(scope, offset, 2);
                assertThat(page).as("page at %d of %d", offset, count).hasSize(Math.min(2, count - offset));
                paged.addAll(page);
            }
            assertThat(count).as(scope + ": more than one page").isGreaterThan(2);
            assertThat(paged).as(scope + ": every task once").extracting(e -> e.card().taskId())
                    .doesNotHaveDuplicates().hasSize(count)
                    .containsExactlyElementsOf(lists.page(scope, 0, TaskListService.MAX_PAGE).stream()
                            .map(e -> e.card().taskId()).toList());
            assertThat(paged).as(scope + ": in list order").isSortedAccordingTo(LIST_ORDER);
            List<TaskEntry> mine = paged.stream().filter(e -> ours.contains(e.card().recommendationId())).toList();
            assertThat(mine).extracting(e -> e.card().milestoneName()).containsExactly("Due in 3 days",
                    "Due in 5 days", "Due in 15 days", "Due in 20 days", "Due in 40 days", null);
            assertThat(mine).extracting(TaskEntry::daysLate).containsExactly(7L, 5L, 0L, 0L, 0L, 0L);
            assertThat(mine.get(5).card().kind()).isEqualTo(WorkItemKind.DRAFT_PLAN);
            int lastLate = paged.indexOf(mine.get(1));
            assertThat(paged.subList(0, lastLate + 1)).as(scope + ": only late work before ours")
                    .allMatch(e -> e.card().compliance() == ComplianceStatus.OVERDUE);
        }
        assertThat(lists.count(TaskScope.ORGANISATION)).isGreaterThanOrEqualTo(lists.count(TaskScope.MINE));
    }
}
