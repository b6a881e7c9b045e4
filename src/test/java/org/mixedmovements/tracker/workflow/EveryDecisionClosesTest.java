package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionPeriod;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Every decision closes (docs/process-model.md): a majority vote is open for its plan's period; at closing the votes
 * cast decide if they reach the quorum, otherwise the decision goes back to the secretariat, who extends it once or
 * puts it to a meeting; the secretariat and the chair may nudge the members who have not acted, once a day. On the
 * real engine, its timers fired as the job executor would fire them, with the application's clock moved to their due
 * moment.
 */
@TrackerTest
class EveryDecisionClosesTest {

    static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Autowired Fixtures fixtures;
    @Autowired RecommendationService recommendations;
    @Autowired MyTaskService tasks;
    @Autowired WorkingGroupDecisions decisions;
    @Autowired DecisionBoard board;
    @Autowired PlanDecisionRules rules;
    @Autowired DecisionTimers timers;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
        fixtures.signOut();
    }

    Long responseVoteOpen(String title) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(fixtures.taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2027-H2");
        return recommendation;
    }

    DecisionSummary response(Long recommendation) {
        return decisions.ofRecommendation(recommendation).stream().filter(d -> d.type() == DecisionType.RESPONSE)
                .reduce((a, b) -> b).orElseThrow();
    }

    void vote(String member, Long recommendation, VoteChoice choice) {
        tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), choice,
                choice == VoteChoice.REJECT ? "Not now" : null);
    }

    @Test
    void a_vote_is_open_for_fourteen_days_and_its_timer_closes_it_at_midnight_after_the_last_day() {
        Long recommendation = responseVoteOpen("Vote closes");
        DecisionSummary decision = response(recommendation);

        assertThat(decision.lastDay()).isEqualTo(fixtures.todayInPanama().plusDays(14));
        assertThat(timers.timer(decision.id(), WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED).getDuedate().toInstant())
                .isEqualTo(decision.closesAt())
                .isEqualTo(decision.lastDay().plusDays(1).atStartOfDay(PANAMA).toInstant());
        // the reminder: 08:00 in the plan's zone when three days are left, the last day counting
        assertThat(timers.timer(decision.id(), WorkingGroupDecisionProcess.BOUNDARY_VOTE_CLOSING_SOON).getDuedate().toInstant())
                .isEqualTo(decision.lastDay().minusDays(2).atTime(DecisionPeriod.REMINDER_TIME).atZone(PANAMA)
                        .toInstant());
    }

    @Test
    void a_vote_that_reached_its_quorum_when_it_closes_is_decided_by_the_votes_cast() {
        Long recommendation = responseVoteOpen("Quorum at closing");
        vote("wg.unhcr", recommendation, VoteChoice.APPROVE);
        vote("wg.ocha", recommendation, VoteChoice.APPROVE);
        vote("wg.ifrc", recommendation, VoteChoice.REJECT);
        DecisionSummary open = response(recommendation);
        assertThat(open.open()).isTrue();

        timers.fire(open.id(), WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

        DecisionSummary decided = response(recommendation);
        assertThat(decided.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(fixtures.findTask("chair", recommendation, WorkItemKind.CAST_VOTE)).isEmpty();
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.AWAITING_LEAD);
    }

    @Test
    void a_vote_without_its_quorum_goes_back_to_the_secretariat_who_may_extend_it_once_then_put_it_to_a_meeting() {
        Long recommendation = responseVoteOpen("No quorum");
        vote("wg.ocha", recommendation, VoteChoice.APPROVE);
        Long decisionId = response(recommendation).id();

        timers.fire(decisionId, WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

        assertThat(response(recommendation).open()).isTrue();
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE)).isEmpty();
        assertThat(board.get(decisionId).quorumMissed()).isTrue();
        String resolve = fixtures.taskOf("secretariat", recommendation, WorkItemKind.RESOLVE_QUORUM);

        LocalDate newLastDay = tasks.resolveMissingQuorum(resolve, true);

        assertThat(newLastDay).isEqualTo(fixtures.todayInPanama().plusDays(14));
        assertThat(response(recommendation).lastDay()).isEqualTo(newLastDay);
        // a second period only for the organisations that have not voted
        assertThat(fixtures.findTask("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE)).isPresent();
        assertThat(fixtures.findTask("wg.ocha", recommendation, WorkItemKind.CAST_VOTE)).isEmpty();
        assertThat(board.get(decisionId).extended()).isTrue();

        timers.fire(decisionId, WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

        String again = fixtures.taskOf("secretariat", recommendation, WorkItemKind.RESOLVE_QUORUM);
        assertThatThrownBy(() -> tasks.resolveMissingQuorum(again, true))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("decision.error.extended-once");
        tasks.resolveMissingQuorum(again, false);

        assertThat(response(recommendation).rule()).isEqualTo(DecisionRule.CONSENSUS);
        tasks.recordConsensus(fixtures.taskOf("secretariat", recommendation, WorkItemKind.RECORD_CONSENSUS),
                Outcome.APPROVED, fixtures.todayInPanama(), "Item 2: the response is accepted by consensus.", null);
        assertThat(response(recommendation).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(recommendations.summary(recommendation).status()).isEqualTo(RecommendationStatus.AWAITING_LEAD);
        assertThat(recommendations.details(recommendation).history()).extracting(e -> e.action())
                .contains("QUORUM_NOT_REACHED", "DECISION_EXTENDED", "DECISION_PUT_TO_MEETING");
    }

    @Test
    void votes_tied_when_the_period_ends_with_its_quorum_go_to_the_chair() {
        Long recommendation = responseVoteOpen("Tie at closing");
        vote("wg.unhcr", recommendation, VoteChoice.APPROVE);
        vote("wg.ocha", recommendation, VoteChoice.REJECT);
        vote("wg.ifrc", recommendation, VoteChoice.APPROVE);
        vote("chair", recommendation, VoteChoice.REJECT);
        Long decisionId = response(recommendation).id();
        // six voting organisations: two have not voted, so the tie is not final until the period ends
        assertThat(response(recommendation).open()).isTrue();
        assertThat(fixtures.findTask("chair", recommendation, WorkItemKind.CHAIR_DECIDES)).isEmpty();

        timers.fire(decisionId, WorkingGroupDecisionProcess.BOUNDARY_VOTING_CLOSED);

        tasks.vote(fixtures.taskOf("chair", recommendation, WorkItemKind.CHAIR_DECIDES), VoteChoice.APPROVE, null);
        assertThat(response(recommendation).outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void the_secretariat_and_the_chair_may_nudge_the_members_who_have_not_acted_once_a_day() {
        Long recommendation = responseVoteOpen("Nudged");
        vote("wg.ocha", recommendation, VoteChoice.APPROVE);
        Long decisionId = response(recommendation).id();

        fixtures.signIn("wg.unhcr");
        assertThatThrownBy(() -> decisions.nudge(decisionId)).isInstanceOf(NotPermittedException.class);
        fixtures.signIn("secretariat");
        List<String> asked = decisions.nudge(decisionId);
        assertThat(asked).contains("UNHCR", "IFRC", "IOM").doesNotContain("OCHA");
        assertThat(board.get(decisionId).nudgedToday()).isTrue();
        assertThat(board.get(decisionId).mayBeNudged()).isFalse();
        fixtures.signIn("chair");
        assertThatThrownBy(() -> decisions.nudge(decisionId)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("decision.error.nudged-today");

        TestClock.advance(java.time.Duration.ofDays(1));
        assertThat(decisions.nudge(decisionId)).contains("UNHCR");
        assertThat(recommendations.details(recommendation).history())
                .filteredOn(e -> e.action().equals("MEMBERS_NUDGED")).hasSize(2);
    }

    @Test
    void open_decisions_and_my_votes_are_listed_closing_soonest_first() {
        Long later = responseVoteOpen("Closes in fourteen days");
        Long sooner = fixtures.newRecommendation("Closes in three days");
        fixtures.signIn("secretariat");
        rules.set(recommendations.summary(sooner).planId(), DecisionType.RESPONSE,
                new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 50, 3));
        recommendations.putOnAgenda(sooner);
        tasks.proposeResponse(fixtures.taskOf("secretariat", sooner, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2027-H2");

        fixtures.signIn("wg.unhcr");
        List<Long> myTasks = tasks.myTasks().stream()
                .filter(c -> c.kind() == WorkItemKind.CAST_VOTE).map(c -> c.recommendationId()).toList();
        assertThat(myTasks).as("My tasks: the vote closing soonest first").containsSubsequence(sooner, later);

        List<Long> order = new ArrayList<>();
        Page<DecisionProgress> page = board.open(null, PageRequest.of(0, 100));
        while (true) {
            page.forEach(d -> order.add(d.recommendationId()));
            if (!page.hasNext()) {
                break;
            }
            page = board.open(null, page.nextPageable());
        }
        assertThat(order).containsSubsequence(sooner, later);
    }
}
