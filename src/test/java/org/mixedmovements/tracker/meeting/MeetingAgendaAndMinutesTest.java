package org.mixedmovements.tracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.compliance.ActNowQueries;
import org.mixedmovements.tracker.compliance.ActNowRow;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.mixedmovements.tracker.report.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A meeting from its agenda to its minutes: the agenda proposed from the plan's open work and edited by the
 * secretariat, the attendance, outcomes and action points recorded on it, the minutes PDF in the meeting's language
 * saying what was recorded, and each action point a task of its owner organisation only, overdue after its due date
 * and then on "who must act now" until it is done.
 */
@TrackerTest
class MeetingAgendaAndMinutesTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired Fixtures fixtures;
    @Autowired MeetingScheduleService schedule;
    @Autowired MeetingRoomService room;
    @Autowired MeetingService meetings;
    @Autowired ActionPointService actionPoints;
    @Autowired ActNowQueries actNow;
    @Autowired OrganisationService organisations;
    @Autowired MeetingMinutesExport minutes;
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
    void theAgendaProposesThePlansOpenWorkAndTheSecretariatAddsRemovesAndOrdersItsItems() {
        Long recommendation = fixtures.newRecommendation("Agenda " + RUN.incrementAndGet());
        fixtures.adopt(recommendation, "R4V");
        Long planId = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");

        Long id = schedule.schedule(new MeetingSchedule(planId, LocalDate.of(2026, 7, 1), LocalTime.of(10, 0),
                LocalTime.of(12, 0), MADRID,
                "Agenda test", "Room 1", "en"));
        List<AgendaItemView> proposed = meetings.meeting(id).agenda();
        assertThat(proposed).extracting(AgendaItemView::kind, AgendaItemView::recommendationCode)
                .contains(org.assertj.core.groups.Tuple.tuple(AgendaItemKind.PLAN_TO_DRAFT, "T1"));

        schedule.addItem(id, "Any other business");
        schedule.moveItem(id, last(id).id(), -1);
        List<AgendaItemView> moved = meetings.meeting(id).agenda();
        assertThat(moved.get(moved.size() - 2).text()).isEqualTo("Any other business");
        schedule.removeItem(id, moved.get(0).id());
        assertThat(meetings.meeting(id).agenda()).hasSize(moved.size() - 1)
                .extracting(AgendaItemView::id).doesNotContain(moved.get(0).id());
        assertThatThrownBy(() -> schedule.addItem(id, "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("agendaItem"));

        fixtures.signIn("wg.ocha");
        assertThatThrownBy(() -> schedule.addItem(id, "A member's own item")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theMinutesSayWhatWasRecordedInTheMeetingsLanguageAndEachActionPointIsItsOwnersTask() throws Exception {
        int n = RUN.incrementAndGet();
        Long planId = recommendations.summary(fixtures.newRecommendation("Minutes " + n)).planId();
        fixtures.signIn("secretariat");
        LocalDate day = LocalDate.of(2026, 6, 17);
        Long id = schedule.schedule(new MeetingSchedule(planId, day, LocalTime.of(9, 0), LocalTime.of(11, 0), MADRID,
                "Reunión de seguimiento " + n, "Sala XII", "es"));
        schedule.addItem(id, "Financiación del plan regional " + n);
        AgendaItemView item = last(id);
        room.recordAttendance(id, List.of(fixtures.organisation("UNHCR"), fixtures.organisation("OCHA")));
        room.recordOutcome(id, item.id(), "Se acuerda buscar fondos adicionales.", null, null);
        LocalDate due = day.plusDays(10);
        room.addActionPoint(id, item.id(), new ActionPointDraft("Presentar una propuesta de fondos " + n,
                fixtures.organisation("R4V"), due));
        room.addActionPoint(id, item.id(), new ActionPointDraft("Convocar a los donantes " + n,
                fixtures.organisation("UNHCR"), due.plusDays(5)));
        room.close(id, "Próxima reunión en septiembre.");

        String text = PdfText.squeezed(PdfText.of(minutes.minutes(id)));
        assertThat(text).contains(PdfText.squeezed("Acta: Reunión de seguimiento " + n))
                .contains(PdfText.squeezed("Financiación del plan regional " + n))
                .contains(PdfText.squeezed("Se acuerda buscar fondos adicionales."))
                .contains(PdfText.squeezed("Presentar una propuesta de fondos " + n))
                .contains(PdfText.squeezed("Convocar a los donantes " + n))
                .contains("OCHA,UNHCR").contains("Presentes").contains("SalaXII")
                .contains(PdfText.squeezed("Próxima reunión en septiembre."))
                .contains(PdfText.squeezed("27 jun 2026"));
        assertThatThrownBy(() -> room.recordOutcome(id, item.id(), "Too late", null, null))
                .isInstanceOf(StateConflictException.class);

        fixtures.signIn("agency.r4v");
        ActionPointRow r4v = actionPoints.mine().stream().filter(p -> p.text().endsWith(" " + n)).findFirst()
                .orElseThrow();
        assertThat(r4v.text()).startsWith("Presentar");
        assertThat(r4v.overdue()).isFalse();
        fixtures.signIn("agency.ibchm");
        assertThat(actionPoints.mine()).extracting(ActionPointRow::id).doesNotContain(r4v.id());
        assertThatThrownBy(() -> actionPoints.markDone(r4v.id())).isInstanceOf(NotPermittedException.class);

        // the plan is on Panama time: the day after the due date begins there at 05:00 UTC
        TestClock.set(due.plusDays(1).atStartOfDay(ZoneId.of("America/Panama")).toInstant().plusSeconds(60));
        fixtures.signIn("agency.r4v");
        assertThat(actionPoints.mine()).filteredOn(p -> p.id().equals(r4v.id()))
                .singleElement().extracting(ActionPointRow::overdue).isEqualTo(true);
        // who must act now: the overdue action point with its owner, its meeting and the days late; not UNHCR's yet
        fixtures.signIn("secretariat");
        TestClock.advance(java.time.Duration.ofDays(2));
        assertThat(actNow.forPlan(planId).rows()).filteredOn(r -> r.kind() == ActNowRow.Kind.ACTION_POINT)
                .extracting(ActNowRow::milestoneName, ActNowRow::organisations, ActNowRow::meeting,
                        ActNowRow::daysLate, ActNowRow::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Presentar una propuesta de fondos " + n,
                        List.of(organisations.get(fixtures.organisation("R4V")).getName()),
                        "Reunión de seguimiento " + n, 3L, "meetings/" + id));
        fixtures.signIn("agency.r4v");
        actionPoints.markDone(r4v.id());
        assertThat(actNow.forPlan(planId).rows()).extracting(ActNowRow::kind)
                .doesNotContain(ActNowRow.Kind.ACTION_POINT);
        assertThat(actionPoints.mine()).extracting(ActionPointRow::id).doesNotContain(r4v.id());
        assertThatThrownBy(() -> actionPoints.markDone(r4v.id())).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aPlanTheGroupDecidesByConsensusIsOnTheAgendaAndTheMeetingApprovesIt() {
        Long recommendation = fixtures.newRecommendation("Consensus " + RUN.incrementAndGet());
        Long planId = recommendations.summary(recommendation).planId();
        fixtures.signIn("secretariat");
        rules.set(planId, DecisionType.PLAN, new PlanDecisionRules.Setting(DecisionRule.CONSENSUS, 50, 10));
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        fixtures.signIn("secretariat");
        ZoneId panama = ZoneId.of("America/Panama");
        Long id = schedule.schedule(new MeetingSchedule(planId, fixtures.todayInPanama(), LocalTime.of(0, 30),
                LocalTime.of(2, 0), panama,
                "Consensus meeting", "Room 2", "en"));
        AgendaItemView plan = meetings.meeting(id).agenda().stream()
                .filter(i -> i.kind() == AgendaItemKind.CONSENSUS).findFirst().orElseThrow();
        assertThat(plan.decidable()).isTrue();
        assertThatThrownBy(() -> room.recordOutcome(id, plan.id(), "Approved as drafted.", Outcome.APPROVED, null))
                .isInstanceOf(InvalidInputException.class);

        room.recordAttendance(id, List.of(fixtures.organisation("UNHCR"), fixtures.organisation("OCHA")));
        room.recordOutcome(id, plan.id(), "Approved as drafted.", Outcome.APPROVED, null);

        MeetingDetails held = meetings.meeting(id);
        assertThat(held.agenda()).filteredOn(i -> i.id().equals(plan.id())).singleElement()
                .extracting(AgendaItemView::decisionOutcome).isEqualTo(Outcome.APPROVED);
        assertThat(held.decisions()).extracting(MeetingDetails.DecisionTakenHere::decisionId)
                .containsExactly(plan.decisionId());
        assertThat(decisions.summary(plan.decisionId()).outcome()).isEqualTo(Outcome.APPROVED);
        assertThatThrownBy(() -> schedule.removeItem(id, plan.id())).isInstanceOf(StateConflictException.class);
    }

    private AgendaItemView last(Long meetingId) {
        List<AgendaItemView> agenda = meetings.meeting(meetingId).agenda();
        return agenda.get(agenda.size() - 1);
    }
}
