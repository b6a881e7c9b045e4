package org.mixedmovements.tracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vote of those present under the plan's rule: the secretariat records at the meeting how each member organisation
 * present voted on a plan waiting for the group's votes, and the decision settles exactly as if they had voted
 * themselves (majority with its quorum, or no objection). A member that already voted keeps its vote; an organisation
 * not present, the owner of what is decided (recused), and anyone but the secretariat, are refused; nothing is
 * written then.
 */
@TrackerTest
class MeetingVotesTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired MeetingScheduleService schedule;
    @Autowired MeetingRoomService room;
    @Autowired MeetingService meetings;
    @Autowired RecommendationService recommendations;
    @Autowired PlanDecisionRules rules;
    @Autowired MyTaskService tasks;
    @Autowired WorkingGroupDecisions decisions;

    @AfterEach
    void reset() {
        TestClock.reset();
        fixtures.signOut();
    }

    @Test
    void theVotesOfTheMembersPresentSettleAPlanUnderTheMajorityRuleAndAMemberWhoVotedKeepsItsVote() {
        Held held = planVotedAtMeeting(DecisionRule.MAJORITY);
        tasks.vote(fixtures.taskOf("wg.unhcr", held.recommendation(), WorkItemKind.CAST_VOTE), VoteChoice.APPROVE,
                null);
        fixtures.signIn("secretariat");

        assertThatThrownBy(() -> room.recordVotes(held.meeting(), held.item().id(),
                List.of(new MeetingVote(fixtures.organisation("UNHCR"), VoteChoice.REJECT, "Changed our mind"))))
                .isInstanceOf(StateConflictException.class);
        room.recordVotes(held.meeting(), held.item().id(), List.of(
                new MeetingVote(fixtures.organisation("OCHA"), VoteChoice.APPROVE, null),
                new MeetingVote(fixtures.organisation("IFRC"), VoteChoice.APPROVE, null),
                new MeetingVote(fixtures.organisation("RED-CLAMOR"), VoteChoice.APPROVE, null)));

        DecisionSummary decision = decisions.summary(held.item().decisionId());
        assertThat(decision.open()).isFalse();
        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decision.votes()).extracting(DecisionSummary.CastVote::organisationCode,
                DecisionSummary.CastVote::voter, DecisionSummary.CastVote::choice).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNHCR", "wg.unhcr", VoteChoice.APPROVE),
                org.assertj.core.groups.Tuple.tuple("OCHA", "secretariat", VoteChoice.APPROVE),
                org.assertj.core.groups.Tuple.tuple("IFRC", "secretariat", VoteChoice.APPROVE),
                org.assertj.core.groups.Tuple.tuple("RED-CLAMOR", "secretariat", VoteChoice.APPROVE));
        MeetingDetails after = meetings.meeting(held.meeting());
        assertThat(after.agenda()).filteredOn(i -> i.id().equals(held.item().id())).singleElement()
                .extracting(AgendaItemView::decisionOutcome).isEqualTo(Outcome.APPROVED);
        assertThat(after.decisions()).extracting(MeetingDetails.DecisionTakenHere::decisionId)
                .contains(held.item().decisionId());
        assertThat(MeetingTally.words(after.ballots().get(held.item().decisionId()), MeetingVotesTest::english))
                .isEqualTo("meetings.tally.MAJORITY[4, 0, 6, 3] meetings.tally.votes[meetings.tally.vote.MAJORITY"
                        + ".APPROVE[UNHCR], meetings.tally.vote.MAJORITY.APPROVE[OCHA], "
                        + "meetings.tally.vote.MAJORITY.APPROVE[IFRC], "
                        + "meetings.tally.vote.MAJORITY.APPROVE[RED-CLAMOR]]");
    }

    @Test
    void oneObjectionRecordedAtTheMeetingRejectsAPlanUnderTheNoObjectionRule() {
        Held held = planVotedAtMeeting(DecisionRule.NO_OBJECTION);
        assertThat(held.item().kind()).isEqualTo(AgendaItemKind.OBJECTION);

        room.recordVotes(held.meeting(), held.item().id(), List.of(
                new MeetingVote(fixtures.organisation("OCHA"), VoteChoice.REJECT, "The budget is missing"),
                new MeetingVote(fixtures.organisation("UNHCR"), null, null)));

        DecisionSummary decision = decisions.summary(held.item().decisionId());
        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.outcomeReason()).contains("OCHA: The budget is missing");
        assertThat(decision.votes()).extracting(DecisionSummary.CastVote::organisationCode).containsExactly("OCHA");
    }

    @Test
    void onlyTheSecretariatRecordsVotesAndOnlyForOrganisationsPresent() {
        Held held = planVotedAtMeeting(DecisionRule.MAJORITY);
        List<MeetingVote> iom = List.of(new MeetingVote(fixtures.organisation("IOM"), VoteChoice.APPROVE, null));
        assertThatThrownBy(() -> room.recordVotes(held.meeting(), held.item().id(), iom))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> room.recordVotes(held.meeting(), held.item().id(), List.of()))
                .isInstanceOf(InvalidInputException.class);

        List<MeetingVote> ocha = List.of(new MeetingVote(fixtures.organisation("OCHA"), VoteChoice.APPROVE, null));
        for (String someoneElse : List.of("chair", "wg.ocha", "agency.r4v", "admin")) {
            fixtures.signIn(someoneElse);
            assertThatThrownBy(() -> room.recordVotes(held.meeting(), held.item().id(), ocha))
                    .as(someoneElse).isInstanceOf(NotPermittedException.class);
        }
        fixtures.signIn("secretariat");
        assertThat(decisions.summary(held.item().decisionId()).votes()).isEmpty();
    }

    @Test
    void theOwnerOfAMilestoneIsRecusedAtTheMeetingToo() {
        Long recommendation = fixtures.newRecommendation("Recusal at a meeting " + RUN.incrementAndGet());
        Long planId = recommendations.summary(recommendation).planId();
        fixtures.adopt(recommendation, "R4V");
        fixtures.planInForce(recommendation, "agency.r4v", fixtures.milestone("UNHCR-owned step", "UNHCR", 30, true));
        tasks.reportMilestone(fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Minutes of the national table");
        fixtures.signIn("secretariat");
        Long meeting = schedule.schedule(new MeetingSchedule(planId, fixtures.todayInPanama(), LocalTime.of(0, 30),
                LocalTime.of(2, 30), ZoneId.of("America/Panama"), "Recusal meeting", "Room 5", "en"));
        AgendaItemView item = meetings.meeting(meeting).agenda().stream()
                .filter(i -> i.kind() == AgendaItemKind.OBJECTION).findFirst().orElseThrow();
        room.recordAttendance(meeting, List.of(fixtures.organisation("UNHCR"), fixtures.organisation("OCHA")));

        assertThat(meetings.recusedOrganisation(item.decisionId())).contains(fixtures.organisation("UNHCR"));
        assertThatThrownBy(() -> room.recordVotes(meeting, item.id(), List.of(
                new MeetingVote(fixtures.organisation("OCHA"), VoteChoice.APPROVE, null),
                new MeetingVote(fixtures.organisation("UNHCR"), VoteChoice.APPROVE, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(decisions.summary(item.decisionId()).votes()).isEmpty();
    }

    /** A plan put to the group under the rule, on the agenda of a meeting that has started: of the six voting
     * members (R4V, the lead, is not one) UNHCR, OCHA, IFRC and RED-CLAMOR are present. */
    private Held planVotedAtMeeting(DecisionRule rule) {
        Long recommendation = fixtures.newRecommendation("Votes at a meeting " + RUN.incrementAndGet());
        Long planId = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        rules.set(planId, DecisionType.PLAN, new PlanDecisionRules.Setting(rule, 50, 10));
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        fixtures.signIn("secretariat");
        Long meeting = schedule.schedule(new MeetingSchedule(planId, fixtures.todayInPanama(), LocalTime.of(0, 30),
                LocalTime.of(2, 30), ZoneId.of("America/Panama"), "Votes meeting", "Room 3", "en"));
        AgendaItemView item = meetings.meeting(meeting).agenda().stream()
                .filter(i -> i.kind().votedOn() && i.recommendationCode() != null
                        && i.recommendationCode().equals(recommendations.summary(recommendation).code()))
                .findFirst().orElseThrow();
        room.recordAttendance(meeting, List.of(fixtures.organisation("UNHCR"), fixtures.organisation("OCHA"),
                fixtures.organisation("IFRC"), fixtures.organisation("RED-CLAMOR")));
        return new Held(recommendation, meeting, item);
    }

    private static String english(String key, Object... arguments) {
        return key + java.util.Arrays.toString(arguments);
    }

    private record Held(Long recommendation, Long meeting, AgendaItemView item) {
    }
}
