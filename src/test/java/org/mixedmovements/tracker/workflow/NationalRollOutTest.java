package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/** A recommendation with national scope runs one branch per listed country; the regional status follows them. */
@TrackerTest
class NationalRollOutTest {

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired RuntimeService runtime;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    MilestoneDraft national(String name, String country) {
        MilestoneDraft d = fixtures.milestone(name, "R4V", 45, false);
        return new MilestoneDraft(d.name(), d.ownerOrganisationId(), country, null, d.dueDate(), false);
    }

    @Test
    void threeCountriesRunThreeBranchesAndTheRecommendationIsDoneWhenAllAre() {
        Long recommendation = fixtures.newRecommendation("State ownership", "NATIONAL", "CO;PE;EC");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(national("National plan adopted in Colombia", "CO"), national("National plan adopted in Peru", "PE"),
                        national("National plan adopted in Ecuador", "EC")));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        assertThat(runtime.createExecutionQuery().activityId(RecommendationImplementationProcess.CALL_FOLLOW_UP_MILESTONE)
                .processInstanceBusinessKey(String.valueOf(recommendation)).count()).isGreaterThanOrEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MilestoneFollowUpProcess.PROCESS_ID)
                .variableValueEquals(RecommendationImplementationProcess.VAR_RECOMMENDATION_ID, recommendation).count())
                .isEqualTo(3);

        for (int done = 1; done <= 3; done++) {
            tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                    ReportedStatus.DONE, 100, null);
            assertThat(recommendations.summary(recommendation).status()).isEqualTo(done < 3
                    ? RecommendationStatus.IN_IMPLEMENTATION : RecommendationStatus.UNDER_FINAL_REVIEW);
            assertThat(recommendations.summary(recommendation).progress()).isEqualTo(done * 100 / 3);
        }
    }

    @Test
    void aNationalPlanNeedsAMilestoneForEveryListedCountryAndNoOther() {
        Long recommendation = fixtures.newRecommendation("Two countries", "NATIONAL", "CO;PE");
        fixtures.adopt(recommendation, "R4V");
        String draft = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN);
        assertThatThrownBy(() -> tasks.submitImplementationPlan(draft, List.of(national("Only Colombia", "CO"),
                national("Somewhere else", "MX"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("plan.error.country-not-listed", "plan.error.country-without-milestone"));
    }
}
