package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.mixedmovements.tracker.TestClock;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.account.TestAccounts;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;

/** The working-group decision process under each rule, on the real engine. */
@TrackerTest
class WorkingGroupDecisionProcessTest {

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired WorkingGroupDecisions decisions;
    @Autowired PlanDecisionRules rules;
    @Autowired TestAccounts accounts;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    /** An adopted recommendation led by R4V with one milestone that needs evidence, reported done. */
    Long milestoneReportedDoneWithEvidence() {
        Long recommendation = fixtures.newRecommendation("Evidence");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Information system specification published", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Published at the platform's site, 3 May");
        return recommendation;
    }

    DecisionSummary latest(Long recommendation, DecisionType type) {
        return decisions.ofRecommendation(recommendation).stream().filter(d -> d.type() == type)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aNoObjectionDecisionWithNoVotesPassesAtTheEndOfItsPeriod() {
        Long recommendation = milestoneReportedDoneWithEvidence();
        var submittedOn = fixtures.todayInPanama();
        DecisionSummary decision = latest(recommendation, DecisionType.MILESTONE);
        assertThat(decision.rule()).isEqualTo(DecisionRule.NO_OBJECTION);
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CONSIDER_OBJECTION)).isPresent();

        String decisionProcess = runtime.createProcessInstanceQuery()
                .processDefinitionKey(WorkingGroupDecisionProcess.PROCESS_ID)
                .variableValueEquals(WorkingGroupDecisionProcess.VAR_DECISION_ID, decision.id())
                .singleResult().getId();
        Job periodEnd = management.createJobQuery().processInstanceId(decisionProcess).timers()
                .activityId(WorkingGroupDecisionProcess.BOUNDARY_OBJECTION_PERIOD_ENDED).singleResult();
        assertThat(periodEnd.getDuedate().toInstant()).isEqualTo(decision.closesAt());
        TestClock.set(decision.closesAt().plusSeconds(60));
        management.executeJob(periodEnd.getId());

        assertThat(latest(recommendation, DecisionType.MILESTONE).outcome()).isEqualTo(Outcome.APPROVED);
        MilestoneRow milestone = recommendations.details(recommendation).milestones().get(0);
        // completed on the day the owner submitted it, not the day the group's period ended
        assertThat(milestone.completedOn()).isEqualTo(submittedOn).isBefore(fixtures.todayInPanama());
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.UNDER_FINAL_REVIEW);
    }

    @Test
    void aSingleObjectionStopsItAndReturnsTheReasonsToTheOwner() {
        Long recommendation = milestoneReportedDoneWithEvidence();
        tasks.vote(fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CONSIDER_OBJECTION), VoteChoice.REJECT,
                "The link does not open");

        DecisionSummary decision = latest(recommendation, DecisionType.MILESTONE);
        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.outcomeReason()).contains("OCHA: The link does not open");
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CONSIDER_OBJECTION)).isEmpty();
        assertThat(fixtures.findTask("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE)).isPresent();
        assertThat(recommendations.details(recommendation).milestones().get(0).completedOn()).isNull();
    }

    @Test
    void aConsensusRecordedAtAMeetingClosesTheDecisionWithTheMinutes() {
        Long recommendation = fixtures.newRecommendation("Consensus");
        Long plan = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        rules.set(plan, DecisionType.PLAN, new PlanDecisionRules.Setting(DecisionRule.CONSENSUS, 50, 10));
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE)).isEmpty();

        tasks.recordConsensus(fixtures.taskOf("secretariat", recommendation, WorkItemKind.RECORD_CONSENSUS),
                Outcome.APPROVED, fixtures.todayInPanama(), "Item 4: the plan of T1 is approved by consensus.", null);

        DecisionSummary decision = latest(recommendation, DecisionType.PLAN);
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decision.minutes()).contains("approved by consensus");
        assertThat(decision.meetingDate()).isEqualTo(fixtures.todayInPanama());
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.IN_IMPLEMENTATION);
    }

    @Test
    void twoMembersVotingAtTheSameMomentBothCountAndTheDecisionIsTakenOnce() throws Exception {
        Long recommendation = fixtures.newRecommendation("Simultaneous votes");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026");
        String unhcr = fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE);
        String ocha = fixtures.taskOf("wg.ocha", recommendation, WorkItemKind.CAST_VOTE);
        fixtures.signOut();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> voteAt(together, "wg.unhcr", unhcr));
            Future<?> second = pool.submit(() -> voteAt(together, "wg.ocha", ocha));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(latest(recommendation, DecisionType.RESPONSE).votes()).hasSize(2);

        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.AWAITING_LEAD);
        assertThat(recommendations.details(recommendation).history()).filteredOn(e -> e.action().equals("DECISION_TAKEN"))
                .hasSize(1);
    }

    private Void voteAt(CyclicBarrier together, String member, String task) throws Exception {
        fixtures.signIn(member);
        try {
            together.await(30, TimeUnit.SECONDS);
            tasks.vote(task, VoteChoice.APPROVE, null);
            return null;
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aTieGoesToTheChairWhoseCastingVoteDecides() {
        List<String> others = List.of(accounts.member("wg.redclamor", "RED-CLAMOR"), accounts.member("wg.migracion", "MIGRACION-CO"));
        Long recommendation = fixtures.newRecommendation("Tied vote");
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2026");
        for (String member : List.of("chair", "wg.unhcr", "wg.ocha")) {
            tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        }
        tasks.vote(fixtures.taskOf("wg.ifrc", recommendation, WorkItemKind.CAST_VOTE), VoteChoice.REJECT, "Too early");
        for (String member : others) {
            tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.REJECT, "No resources");
        }
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CHAIR_DECIDES)).isEmpty();

        tasks.vote(fixtures.taskOf("chair", recommendation, WorkItemKind.CHAIR_DECIDES), VoteChoice.APPROVE,
                "The regional meeting needs it");

        DecisionSummary decision = latest(recommendation, DecisionType.RESPONSE);
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decision.votes()).filteredOn(DecisionSummary.CastVote::casting).singleElement()
                .satisfies(v -> assertThat(v.organisationCode()).isEqualTo("IOM"));
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.AWAITING_LEAD);
    }

    @Test
    void theOwnerOfAMilestoneGetsNoObjectionTask() {
        Long recommendation = fixtures.newRecommendation("Owner recused");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("UNHCR-owned step", "UNHCR", 30, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        fixtures.signIn("wg.unhcr");
        // UNHCR staff with the member role work on it: report it done with evidence
        tasks.reportMilestone(fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Minutes of the national table, 2 June");
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CONSIDER_OBJECTION)).isEmpty();
        assertThat(fixtures.findTask("wg.ocha", recommendation, WorkItemKind.CONSIDER_OBJECTION)).isPresent();
        assertThat(latest(recommendation, DecisionType.MILESTONE).eligible()).isEqualTo(5);
    }
}
