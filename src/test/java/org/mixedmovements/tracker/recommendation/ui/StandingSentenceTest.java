package org.mixedmovements.tracker.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.base.ui.BpmnViewer;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.DiagramLabelsTest;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;

/**
 * Above the process diagram a plain sentence in the reader's language says where the recommendation stands and who
 * acts next; the diagram's labels are in that language too, with the model's ids.
 */
class StandingSentenceTest extends UiTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private String sentence(Long recommendation, Locale language) {
        signIn("agency.ibchm");
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(RecommendationDetailView.class, recommendation);
        return _get(Paragraph.class, spec -> spec.withId("process-standing")).getText();
    }

    private Long onTheAgenda(String title) {
        Long id = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        context.getBean(RecommendationService.class).putOnAgenda(id);
        return id;
    }

    private Long votingOnTheResponse(String title) {
        Long id = onTheAgenda(title);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", id, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.ACCEPTED, null,
                "2026-H1");
        return id;
    }

    @Test
    void on_the_agenda_the_secretariat_is_said_to_propose_the_response_in_english_and_in_spanish() {
        Long id = onTheAgenda("Waiting for a proposal");
        assertThat(sentence(id, Locale.ENGLISH))
                .isEqualTo("On the working group’s agenda: the secretariat is proposing the group’s response.");
        assertThat(sentence(id, SPANISH)).isEqualTo(
                "En el orden del día del grupo de trabajo: la secretaría está proponiendo la respuesta del grupo.");
    }

    @Test
    void while_the_group_votes_the_sentence_gives_the_tally_and_the_closing_day_with_one_vote_in_the_singular() {
        Long id = votingOnTheResponse("Vote open on the response");
        fixtures.signIn("chair");
        context.getBean(MyTaskService.class).vote(fixtures.taskOf("chair", id, WorkItemKind.CAST_VOTE),
                org.mixedmovements.tracker.workinggroup.VoteChoice.APPROVE, null);
        fixtures.signIn("secretariat");
        DecisionProgress vote = context.getBean(DecisionBoard.class).openOnRecommendation(id).get(0);
        assertThat(vote.lastDay()).isNotNull();
        assertThat(vote.cast()).isEqualTo(1);

        String english = sentence(id, Locale.ENGLISH);
        assertThat(english).isEqualTo("Waiting for the working group’s vote on the group’s response; 1 of "
                + vote.eligible() + " members has voted; the vote closes on " + Formats.date(vote.lastDay()) + ".");
        String spanish = sentence(id, SPANISH);
        assertThat(spanish).isEqualTo("Se espera el voto del grupo de trabajo sobre la respuesta del grupo; ha votado 1 de "
                + vote.eligible() + " miembros; la votación cierra el " + Formats.date(vote.lastDay()) + ".");
        assertThat(sentence(id, Locale.forLanguageTag("pt-BR"))).contains("; 1 de " + vote.eligible() + " membros votou;");
        assertThat(sentence(id, Locale.FRENCH)).contains(" ; 1 membre sur " + vote.eligible() + " a voté ;");
        assertThat(Formats.date(vote.lastDay())).as("a date in the reader's language")
                .isNotEqualTo(formatted(vote.lastDay(), Locale.ENGLISH));
    }

    @Test
    void in_implementation_the_sentence_counts_the_milestones_and_names_the_next_one_and_its_owner() {
        Long id = fixtures.newRecommendation("Milestones in progress");
        fixtures.adopt(id, "R4V");
        fixtures.planInForce(id, "agency.r4v", fixtures.milestone("Referral pathway published", "R4V", 30, false),
                fixtures.milestone("Sector map shared", "IBC-HM", 60, false));
        java.time.LocalDate due = fixtures.todayInPanama().plusDays(30);

        assertThat(sentence(id, Locale.ENGLISH)).isEqualTo("In implementation; milestones completed: 0 of 2. "
                + "Next due: “Referral pathway published” on " + Formats.date(due) + " (owner R4V).");
        assertThat(sentence(id, SPANISH)).isEqualTo("En implementación; hitos completados: 0 de 2. "
                + "Próximo vencimiento: «Referral pathway published» el " + Formats.date(due) + " (responsable R4V).");
    }

    @Test
    void before_the_agenda_no_sentence_repeats_what_the_empty_diagram_says() {
        Long id = fixtures.newRecommendation("Not on the agenda");
        signIn("agency.ibchm");
        UI.getCurrent().navigate(RecommendationDetailView.class, id);
        assertThat(_find(Paragraph.class, spec -> spec.withId("process-standing"))).as("shown").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-process")).getText()).contains("agenda");
    }

    @Test
    void the_lead_drafting_its_plan_is_named() {
        Long id = fixtures.newRecommendation("Plan being drafted");
        fixtures.adopt(id, "R4V");
        assertThat(sentence(id, Locale.ENGLISH)).startsWith("The lead organisation ").endsWith(
                " is drafting the implementation plan.").doesNotContain("null");
    }

    @Test
    void the_diagram_of_the_recommendation_in_spanish_shows_spanish_labels_and_keeps_every_id() {
        Long id = votingOnTheResponse("Diagram in Spanish");
        sentence(id, Locale.ENGLISH);
        String english = _get(BpmnViewer.class, spec -> spec.withId("process-diagram")).getXml();
        sentence(id, SPANISH);
        BpmnViewer viewer = _get(BpmnViewer.class, spec -> spec.withId("process-diagram"));
        String spanish = viewer.getXml();

        assertThat(english).contains("name=\"Put the response to the working group\"");
        assertThat(spanish).contains("name=\"Someter la respuesta al grupo de trabajo\"")
                .contains("name=\"El grupo de trabajo decide sobre la respuesta\"")
                .contains("name=\"Proponer la respuesta del grupo\"")
                .doesNotContain("name=\"Put the response to the working group\"");
        assertThat(DiagramLabelsTest.ids(spanish)).isEqualTo(DiagramLabelsTest.ids(english))
                .contains("CallActivity_DecideResponse");
        assertThat(viewer.getActive()).containsExactly("CallActivity_DecideResponse");
    }

    private static String formatted(java.time.LocalDate date, Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale).format(date);
    }
}
