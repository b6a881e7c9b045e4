package org.mixedmovements.tracker.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dependencies between milestones, finish-to-start: set in the lead's draft (within the plan and across its
 * recommendations), refused in a circle, made real for a recommendation that depends on another, warned about where a
 * successor is due before its predecessor, and listed when a predecessor's new due date is asked for.
 */
@TrackerTest
class MilestoneDependenciesTest {

    private static final AtomicInteger PLANS = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired PlanImportService importer;
    @Autowired PlanService plans;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired MilestoneDependencies dependencies;

    /** The strategy (D1) and the conference (D2), which the group put after the strategy. */
    Long strategy;
    Long conference;

    @BeforeEach
    void aPlanWhoseConferenceDependsOnItsStrategy() {
        String code = "DEPS-" + PLANS.incrementAndGet();
        importer.importPlan(Fixtures.csv("code,title,source,published_on,languages,time_zone\n"
                        + code + ",Dependencies " + code + ",Tests,2024-07-16,en,America/Panama\n"),
                Fixtures.csv("code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                        + "D1,Strategy,Testing,BOTH,REGIONAL,,,\"A strategy.\"\n"
                        + "D2,Conference,Testing,BOTH,REGIONAL,,D1,\"A conference.\"\n"));
        List<RecommendationSummary> both = recommendations.list(plans.findByCode(code).orElseThrow().getId());
        strategy = both.get(0).id();
        conference = both.get(1).id();
        fixtures.adopt(strategy, "R4V");
        fixtures.planInForce(strategy, "agency.r4v",
                fixtures.milestone("Consult the platforms", "R4V", 20, false),
                fixtures.milestone("Draft the strategy", "R4V", 60, false).waitingFor(List.of(Predecessor.row(1))));
        fixtures.adopt(conference, "IBC-HM");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    MilestoneRow strategyMilestone(String name) {
        return recommendations.details(strategy).milestones().stream().filter(m -> m.name().equals(name))
                .findFirst().orElseThrow();
    }

    String draftTask() {
        return fixtures.taskOf("agency.ibchm", conference, WorkItemKind.DRAFT_PLAN);
    }

    @Test
    void aMilestoneWaitsForAnotherOfItsPlanAndForOneOfAnotherRecommendation() {
        Long draft = strategyMilestone("Draft the strategy").id();
        tasks.submitImplementationPlan(draftTask(), List.of(
                fixtures.milestone("Invite the States", "IBC-HM", 90, false)
                        .waitingFor(List.of(Predecessor.milestone(draft))),
                fixtures.milestone("Hold the conference", "IBC-HM", 120, false)
                        .waitingFor(List.of(Predecessor.row(1)))));

        fixtures.signIn("secretariat");
        assertThat(dependencies.ofRecommendation(conference))
                .extracting(w -> w.name() + " <- " + w.predecessorCode() + " " + w.predecessorName())
                .containsExactly("Invite the States <- D1 Draft the strategy",
                        "Hold the conference <- D2 Invite the States");
        assertThat(dependencies.ofRecommendation(conference)).noneMatch(MilestoneDependencies.Waiting::dueBeforePredecessor);
    }

    @Test
    void aSuccessorDueBeforeItsPredecessorIsWarnedAboutInTheDraftAndOnTheRecommendationPage() {
        Long draft = strategyMilestone("Draft the strategy").id();
        List<MilestoneDraft> rows = List.of(fixtures.milestone("Invite the States", "IBC-HM", 30, false)
                .waitingFor(List.of(Predecessor.milestone(draft))));
        String task = draftTask();

        assertThat(tasks.draftWarnings(task, rows)).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(1);
            assertThat(w.predecessorName()).isEqualTo("Draft the strategy");
            assertThat(w.predecessorDue()).isEqualTo(fixtures.todayInPanama().plusDays(60));
        });
        tasks.submitImplementationPlan(task, rows);

        assertThat(dependencies.ofRecommendation(conference)).singleElement()
                .satisfies(w -> assertThat(w.dueBeforePredecessor()).isTrue());
    }

    @Test
    void milestonesThatWaitForEachOtherInACircleAreRefusedWithTheirNamesAndNothingIsSaved() {
        String task = draftTask();
        List<MilestoneDraft> circle = List.of(
                fixtures.milestone("Book the venue", "IBC-HM", 90, false).waitingFor(List.of(Predecessor.row(2))),
                fixtures.milestone("Send the invitations", "IBC-HM", 100, false).waitingFor(List.of(Predecessor.row(1))));

        assertThatThrownBy(() -> tasks.submitImplementationPlan(task, circle))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("plan.error.dependency-cycle");
                            assertThat(p.arguments()[0].toString()).contains("D2 · Book the venue",
                                    "D2 · Send the invitations");
                        }));
        assertThat(recommendations.details(conference).milestones()).isEmpty();
    }

    @Test
    void aReferenceToNoMilestoneOfThePlanIsRefusedWithItsRow() {
        String task = draftTask();
        List<MilestoneDraft> rows = List.of(fixtures.milestone("Book the venue", "IBC-HM", 90, false),
                fixtures.milestone("Send the invitations", "IBC-HM", 100, false).waitingFor(List.of(Predecessor.row(7))));

        assertThatThrownBy(() -> tasks.submitImplementationPlan(task, rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                        .containsExactly("2:predecessors:plan.error.unknown-predecessor"));
        assertThat(recommendations.details(conference).milestones()).isEmpty();
    }

    @Test
    void aRecommendationThatDependsOnAnotherHasItsFirstMilestonesWaitForTheOthersLast() {
        tasks.submitImplementationPlan(draftTask(), List.of(
                fixtures.milestone("Invite the States", "IBC-HM", 90, false),
                fixtures.milestone("Hold the conference", "IBC-HM", 120, false).waitingFor(List.of(Predecessor.row(1)))));

        fixtures.signIn("secretariat");
        assertThat(dependencies.ofRecommendation(conference))
                .extracting(w -> w.name() + " <- " + w.predecessorCode() + " " + w.predecessorName())
                .containsExactly("Invite the States <- D1 Draft the strategy",
                        "Hold the conference <- D2 Invite the States");
    }

    @Test
    void askingForAPredecessorsNewDueDateListsTheSuccessorsItWouldPushAndTheMembersSeeThem() {
        tasks.submitImplementationPlan(draftTask(), List.of(
                fixtures.milestone("Invite the States", "IBC-HM", 90, false)));
        String consult = fixtures.taskOf("agency.r4v", strategy, WorkItemKind.WORK_ON_MILESTONE);
        LocalDate newDue = fixtures.todayInPanama().plusDays(100);

        assertThat(tasks.successorsPushed(consult, newDue))
                .extracting(p -> p.recommendationCode() + " " + p.name() + " " + p.atLeast())
                .containsExactly("D1 Draft the strategy " + newDue, "D2 Invite the States " + newDue);

        tasks.requestDeadlineChange(consult, newDue, "The platforms meet later than planned");
        String vote = fixtures.taskOf("wg.ocha", strategy, WorkItemKind.CAST_VOTE);
        assertThat(tasks.decisionFor(vote).pushes()).extracting(MilestoneDependencies.PushedSuccessor::name)
                .containsExactly("Draft the strategy", "Invite the States");
    }
}
