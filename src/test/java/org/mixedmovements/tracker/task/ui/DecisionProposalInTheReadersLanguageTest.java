package org.mixedmovements.tracker.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a working-group decision proposes is stored as a key and arguments and read in the reader's language: the
 * vote dialog in Spanish, Portuguese and French has the words of that language, no code and no English; a decision
 * opened before proposals had keys shows its English text, marked so.
 */
class DecisionProposalInTheReadersLanguageTest extends UiTest {

    @Autowired JdbcTemplate jdbc;

    private static final String CODE = "\\b[A-Z]+_[A-Z_]+\\b|\\b(ACCEPTED|MAJORITY|NO_OBJECTION|RESPONSE|PLAN)\\b";

    private Long responseUnderVote(String title) {
        Long id = fixtures.newRecommendation(title);
        fixtures.signIn("secretariat");
        context.getBean(RecommendationService.class).putOnAgenda(id);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", id, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.PARTIALLY_ACCEPTED,
                "Only the referral part", "2026-H1");
        return id;
    }

    private String proposalInTheVoteDialog(Long recommendation, Locale language) {
        signIn("wg.ocha");
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(MyTasksView.class);
        _click(_get(MyTasksViewTest.card(recommendation, WorkItemKind.CAST_VOTE), Button.class,
                spec -> spec.withClasses("open-task")));
        String proposal = _get(Paragraph.class, spec -> spec.withId("decision-proposal")).getText();
        _get(VoteDialog.class).close();
        return proposal;
    }

    private DecisionSummary decision(Long recommendation, DecisionType type) {
        return context.getBean(WorkingGroupDecisions.class).ofRecommendation(recommendation).stream()
                .filter(d -> d.type() == type).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void the_vote_dialog_gives_the_proposed_response_in_spanish_portuguese_and_french() {
        Long id = responseUnderVote("Proposal read in three languages");
        String code = context.getBean(RecommendationService.class).summary(id).code();
        Map<Locale, String> expected = Map.of(
                Locale.forLanguageTag("es"), code + ": Aceptada parcialmente, período previsto 2026-H1; parte aceptada o motivos: Only the referral part",
                Locale.forLanguageTag("pt-BR"), code + ": Aceita parcialmente, período-alvo 2026-H1; parte aceita ou motivos: Only the referral part",
                Locale.FRENCH, code + " : Partiellement acceptée, période cible 2026-H1 ; partie acceptée ou motifs : Only the referral part");
        expected.forEach((language, text) -> {
            String shown = proposalInTheVoteDialog(id, language);
            assertThat(shown).as(language.toString()).isEqualTo(text)
                    .doesNotContainPattern(CODE).doesNotContain("target").doesNotContain("accepted").doesNotContain("reasons");
        });
        assertThat(proposalInTheVoteDialog(id, Locale.ENGLISH))
                .isEqualTo(code + ": Partially accepted, target period 2026-H1; accepted part or reasons: Only the referral part");
    }

    @Test
    void a_plans_proposal_counts_its_milestones_in_the_readers_language() {
        Long id = fixtures.newRecommendation("Plan proposal in three languages");
        fixtures.adopt(id, "R4V");
        fixtures.planInForce(id, "agency.r4v", fixtures.milestone("Referral pathway published", "R4V", 30, false));
        String code = context.getBean(RecommendationService.class).summary(id).code();
        DecisionSummary plan = decision(id, DecisionType.PLAN);

        assertThat(plan.proposal().render(Locale.ENGLISH)).isEqualTo("Implementation plan of " + code + ": one milestone");
        assertThat(plan.proposal().render(Locale.forLanguageTag("es")))
                .isEqualTo("Plan de implementación de " + code + ": un hito");
        assertThat(plan.proposal().render(Locale.forLanguageTag("pt-BR")))
                .isEqualTo("Plano de implementação de " + code + ": um marco");
        assertThat(plan.proposal().render(Locale.FRENCH)).isEqualTo("Plan de mise en œuvre de " + code + " : un jalon");
    }

    @Test
    void a_decision_opened_before_proposals_had_keys_shows_its_english_text_marked_so() {
        Long id = responseUnderVote("Proposal recorded in English only");
        Long decision = decision(id, DecisionType.RESPONSE).id();
        jdbc.update("update wg_decision set proposal_key = null, proposal_args = null, proposal = ? where id = ?",
                "R99: ACCEPTED, target 2027-H2", decision);

        assertThat(proposalInTheVoteDialog(id, Locale.ENGLISH)).isEqualTo("R99: ACCEPTED, target 2027-H2");
        assertThat(proposalInTheVoteDialog(id, Locale.forLanguageTag("es")))
                .isEqualTo("R99: ACCEPTED, target 2027-H2 (en inglés, tal como se registró)");
        assertThat(proposalInTheVoteDialog(id, Locale.FRENCH))
                .isEqualTo("R99: ACCEPTED, target 2027-H2 (en anglais, tel qu’enregistré)");
    }

    @Test
    void the_english_text_kept_for_tools_reading_the_database_is_the_english_rendering() {
        Long id = responseUnderVote("Proposal kept in English too");
        Long decision = decision(id, DecisionType.RESPONSE).id();
        String code = context.getBean(RecommendationService.class).summary(id).code();
        assertThat(jdbc.queryForMap("select proposal, proposal_key from wg_decision where id = ?", decision))
                .containsEntry("PROPOSAL", code + ": Partially accepted, target period 2026-H1; accepted part or reasons: Only the referral part")
                .containsEntry("PROPOSAL_KEY", "decision.proposal.response-target-reason");
    }
}
