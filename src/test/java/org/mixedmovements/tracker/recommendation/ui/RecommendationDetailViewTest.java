package org.mixedmovements.tracker.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.mixedmovements.tracker.plan.PlanService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.base.ui.BpmnViewer;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.PlanDecisionRules;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.recommendation.CommentLine;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.HistoryLine;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationDetailService;
import org.mixedmovements.tracker.recommendation.ProcessRun;
import org.mixedmovements.tracker.recommendation.ProcessRunLine;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.springframework.data.domain.PageRequest;

class RecommendationDetailViewTest extends UiTest {

    private void open(Long recommendation) {
        UI.getCurrent().navigate(RecommendationDetailView.class, recommendation);
    }

    private Long withPlan(String title) {
        Long id = fixtures.newRecommendation(title);
        fixtures.adopt(id, "R4V");
        MyTaskService tasks = context.getBean(MyTaskService.class);
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", id, WorkItemKind.DRAFT_PLAN),
                fixtures.twoMilestones());
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_detail_shows_the_study_words_the_lead_the_supporting_owner_and_the_milestones() {
        Long id = withPlan("Detail with a plan");
        signIn("wg.unhcr");
        open(id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getText())
                .isEqualTo("The words of the study for Detail with a plan.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead")).getText()).contains("R4V");
        assertThat(_get(Paragraph.class, spec -> spec.withId("supporting")).getText()).contains("IBC-HM")
                .doesNotContain("R4V");
        assertThat(_get(Paragraph.class, spec -> spec.withId("response")).getText()).contains("2025-H2");
        Grid<MilestoneRow> milestones = _get(Grid.class, spec -> spec.withId("milestone-grid"));
        assertThat(GridKt._size(milestones)).isEqualTo(2);
        assertThat(GridKt._get(milestones, 0).name()).isEqualTo("Terms of reference agreed");
        assertThat(GridKt._getFormatted(milestones, 0, "owner")).isEqualTo("R4V");
        assertThat(GridKt._getFormatted(milestones, 1, "owner")).isEqualTo("IBC-HM");
        assertThat(GridKt._getFormatted(milestones, 1, "reported")).isEqualTo("Not started · 0 %");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_milestone_reported_done_reads_awaiting_the_group_until_its_last_day_then_completed_once_the_group_agrees() {
        Long id = fixtures.newRecommendation("Done while the group reviews");
        fixtures.signIn("secretariat");
        context.getBean(PlanDecisionRules.class).set(context.getBean(RecommendationService.class).summary(id).planId(),
                DecisionType.MILESTONE, new PlanDecisionRules.Setting(DecisionRule.MAJORITY, 50, 10));
        fixtures.adopt(id, "R4V");
        MyTaskService tasks = context.getBean(MyTaskService.class);
        fixtures.planInForce(id, "agency.r4v", fixtures.milestone("Referral pathway published", "R4V", 30, true));
        fixtures.signIn("agency.r4v");
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", id, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, "Published: https://example.org/pathway");

        signIn("agency.r4v");
        open(id);
        Grid<MilestoneRow> milestones = _get(Grid.class, spec -> spec.withId("milestone-grid"));
        // a vote of 10 days opened on 17 June (Panama): 27 June is its last day
        assertThat(GridKt._getFormatted(milestones, 0, "reported")).isEqualTo("Done · 100 %");
        assertThat(((Span) GridKt._getCellComponent(milestones, 0, "compliance")).getText())
                .isEqualTo("Done, awaiting the group until " + Formats.date(LocalDate.of(2026, 6, 27)) + " (last day)");

        fixtures.everyMemberVotes(id, VoteChoice.APPROVE);
        signIn("agency.r4v");
        open(id);
        milestones = _get(Grid.class, spec -> spec.withId("milestone-grid"));
        assertThat(((Span) GridKt._getCellComponent(milestones, 0, "compliance")).getText())
                .isEqualTo("Completed on time");
    }

    @Test
    @SuppressWarnings("unchecked")
    void evidence_added_to_a_milestone_opens_from_the_page_and_from_its_entry_in_the_history() {
        Long id = withPlan("Evidence in the history");
        fixtures.everyMemberVotes(id, VoteChoice.APPROVE);
        fixtures.signIn("agency.r4v");
        Long milestone = context.getBean(RecommendationDetailService.class).milestones(id, PageRequest.of(0, 10))
                .getContent().get(0).id();
        EvidenceItem pdf = context.getBean(EvidenceService.class).addFile(milestone, "minutes.pdf", "application/pdf",
                "%PDF-1.7\n% the minutes".getBytes(StandardCharsets.UTF_8), "Signed minutes");

        signIn("wg.unhcr");
        open(id);
        assertThat(_get(Anchor.class, spec -> spec.withId("evidence-" + pdf.id())).getText()).isEqualTo("minutes.pdf");
        Grid<HistoryLine> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        HistoryLine added = GridKt._get(history, 0);
        assertThat(added.action()).isEqualTo("EVIDENCE_ADDED");
        assertThat(added.evidence().id()).isEqualTo(pdf.id());
        Div details = (Div) GridKt._getCellComponent(history, 0, "details");
        Anchor open = _get(details, Anchor.class, spec -> spec.withId("history-evidence-" + added.id()));
        assertThat(open.getText()).isEqualTo("minutes.pdf");
        assertThat(open.getTarget()).hasValue(AnchorTarget.BLANK.getValue());
        assertThat(((Span) GridKt._getCellComponent(history, 1, "details")).getText())
                .doesNotContain("minutes.pdf");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_diagram_gets_the_process_and_highlights_the_response_decision_it_waits_for() {
        Long id = fixtures.newRecommendation("Waiting for the response decision");
        fixtures.signIn("secretariat");
        context.getBean(RecommendationService.class).putOnAgenda(id);
        context.getBean(MyTaskService.class).proposeResponse(
                fixtures.taskOf("secretariat", id, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.ACCEPTED, null,
                "2026-H1");
        signIn("agency.ibchm");
        open(id);

        BpmnViewer viewer = _get(BpmnViewer.class, spec -> spec.withId("process-diagram"));
        assertThat(viewer.getXml()).contains("id=\"recommendation-implementation\"").contains("bpmndi:BPMNDiagram");
        assertThat(viewer.getActive()).containsExactly("CallActivity_DecideResponse");
        assertThat(viewer.getCompleted()).contains("Task_ProposeResponse").doesNotContain("CallActivity_DecideResponse");
        assertThat(viewer.getElement().getProperty("xml")).isEqualTo(viewer.getXml());

        Select<ProcessRunLine> runs = _get(Select.class, spec -> spec.withId("process-run"));
        List<ProcessRunLine> offered = runs.getListDataView().getItems().toList();
        assertThat(offered).extracting(ProcessRunLine::kind)
                .containsExactly(ProcessRun.Kind.RECOMMENDATION, ProcessRun.Kind.RESPONSE_DECISION);
        runs.setValue(offered.get(1));
        assertThat(viewer.getXml()).contains("id=\"working-group-decision\"");
        assertThat(viewer.getActive()).contains("Task_CastVote");
    }

    /**
     * The demo state replays its past on a stopped clock, so a recommendation's process and the decision it calls
     * start at the same instant; the engine's ids are random, and only an explicit order keeps the recommendation's
     * own process first (with it, the diagram the page opens on shows where the recommendation stands).
     */
    @Test
    @SuppressWarnings("unchecked")
    void the_diagram_opens_on_the_recommendations_own_process_even_when_its_decision_started_at_the_same_instant() {
        TestClock.set(TestClock.now());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Long id = fixtures.newRecommendation("Started at one instant " + i);
            fixtures.signIn("secretariat");
            context.getBean(RecommendationService.class).putOnAgenda(id);
            context.getBean(MyTaskService.class).proposeResponse(
                    fixtures.taskOf("secretariat", id, WorkItemKind.PROPOSE_RESPONSE), GroupResponse.ACCEPTED, null,
                    "2026-H1");
            ids.add(id);
        }
        signIn("agency.ibchm");
        for (Long id : ids) {
            open(id);
            Select<ProcessRunLine> runs = _get(Select.class, spec -> spec.withId("process-run"));
            assertThat(runs.getListDataView().getItems().toList()).extracting(ProcessRunLine::kind)
                    .containsExactly(ProcessRun.Kind.RECOMMENDATION, ProcessRun.Kind.RESPONSE_DECISION);
            assertThat(runs.getValue().kind()).isEqualTo(ProcessRun.Kind.RECOMMENDATION);
            assertThat(_get(BpmnViewer.class, spec -> spec.withId("process-diagram")).getActive())
                    .as("the running step of recommendation %s", id).containsExactly("CallActivity_DecideResponse");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void what_the_engine_did_on_its_own_reads_as_done_by_the_system_in_the_readers_language() {
        Long id = fixtures.newRecommendation("Done by the system");
        fixtures.signOut();
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(
                tx -> context.getBean(org.mixedmovements.tracker.audit.AuditLog.class).record("RECOMMENDATION_PUBLISHED",
                        org.mixedmovements.tracker.milestone.PlannedRecommendation.AUDIT_SUBJECT, id,
                        org.mixedmovements.tracker.audit.AuditDetails.of("audit.details.recommendation-published", "Ω1"),
                        null));
        signIn("agency.r4v");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        open(id);

        Grid<HistoryLine> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, 0, "who")).isEqualTo("el sistema");
    }

    @Test
    void before_the_agenda_there_is_no_diagram_but_a_word_on_when_it_starts() {
        Long id = fixtures.newRecommendation("No process yet");
        signIn("agency.r4v");
        open(id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-process")).getText()).contains("agenda");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_history_lists_who_did_what_for_which_organisation_newest_first() {
        Long id = fixtures.newRecommendation("History of the adoption");
        fixtures.adopt(id, "IBC-HM");
        signIn("agency.r4v");
        open(id);

        Grid<HistoryLine> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        List<HistoryLine> lines = GridKt._fetch(history, 0, 100);
        assertThat(lines.get(0).action()).isEqualTo("LEAD_NAMED");
        assertThat(lines.get(lines.size() - 1).action()).isEqualTo("PUT_ON_AGENDA");
        assertThat(lines).extracting(HistoryLine::action)
                .contains("RESPONSE_PROPOSED", "DECISION_OPENED", "VOTE_CAST", "DECISION_TAKEN", "RESPONSE_DECIDED");
        int agenda = lines.size() - 1;
        assertThat(GridKt._getFormatted(history, agenda, "who")).isEqualTo("secretariat (OCHA)");
        assertThat(GridKt._getFormatted(history, agenda, "what")).isEqualTo("On the agenda");
        assertThat(lines).filteredOn(l -> l.action().equals("VOTE_CAST")).extracting(HistoryLine::actor)
                .contains("chair", "wg.unhcr", "wg.ocha", "wg.ifrc");
        assertThat(lines).filteredOn(l -> l.actor().equals("chair")).extracting(HistoryLine::organisationCode)
                .containsOnly("IOM");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_adds_a_comment_and_sees_it_an_empty_one_is_refused_and_writes_nothing() {
        Long id = fixtures.newRecommendation("Comments");
        CommentService comments = context.getBean(CommentService.class);
        signIn("wg.ifrc");
        open(id);

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("add-comment")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("comment-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Required");
        assertThat(comments.count(id)).isZero();

        text.setValue("IFRC can host the first regional workshop.");
        _click(_get(Button.class, spec -> spec.withId("add-comment")));
        assertThat(text.isInvalid()).isFalse();
        assertThat(comments.count(id)).isEqualTo(1);
        Grid<CommentLine> grid = _get(Grid.class, spec -> spec.withId("comment-grid"));
        CommentLine shown = GridKt._get(grid, 0);
        assertThat(shown.text()).isEqualTo("IFRC can host the first regional workshop.");
        assertThat(shown.author()).isEqualTo("wg.ifrc");
        assertThat(shown.organisationCode()).isEqualTo("IFRC");
        assertThat(comments.of(id, PageRequest.of(0, 10)).getContent()).hasSize(1);
        Grid<HistoryLine> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._get(history, 0).action()).isEqualTo("COMMENT_ADDED");
    }

    @Test
    void a_comment_longer_than_allowed_is_refused_and_writes_nothing() {
        Long id = fixtures.newRecommendation("Long comment");
        CommentService comments = context.getBean(CommentService.class);
        signIn("agency.r4v");
        open(id);
        TextArea text = _get(TextArea.class, spec -> spec.withId("comment-text"));
        text.setValue("x".repeat(CommentService.MAX_LENGTH + 1));
        _click(_get(Button.class, spec -> spec.withId("add-comment")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("At most 4,000 characters");
        assertThat(comments.count(id)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void html_in_a_comment_is_shown_as_text() {
        Long id = fixtures.newRecommendation("Comment with markup");
        String markup = "<b>bold</b> <img src=x onerror=alert(1)>";
        signIn("agency.ibchm");
        open(id);
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue(markup);
        _click(_get(Button.class, spec -> spec.withId("add-comment")));

        Grid<CommentLine> grid = _get(Grid.class, spec -> spec.withId("comment-grid"));
        Div entry = (Div) GridKt._getCellComponent(grid, 0, "comment");
        Div body = (Div) entry.getChildren().filter(c -> c.hasClassName("comment-text")).findFirst().orElseThrow();
        assertThat(body.getText()).isEqualTo(markup);
        // one text node, no elements: the browser shows the characters, it parses no markup
        assertThat(body.getElement().getChildCount()).isEqualTo(1);
        assertThat(body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(body.getElement().getProperty("innerHTML")).isNull();
    }

    private Long shippedR5() {
        PlanService plans = context.getBean(PlanService.class);
        return context.getBean(RecommendationService.class)
                .list(plans.findByCode("LAC-2024").orElseThrow().getId()).stream()
                .filter(r -> r.code().equals("R5")).findFirst().orElseThrow().id();
    }

    @Test
    void a_spanish_reader_reads_the_spanish_title_and_theme_of_the_shipped_R5_marked_as_an_unofficial_translation() {
        signIn("wg.ocha");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        open(shippedR5());

        H2 heading = _get(H2.class, spec -> spec.withId("recommendation-heading"));
        assertThat(heading.getElement().getTextRecursively())
                .isEqualTo("R5 · Estrategia de Respuesta a los Movimientos Mixtos en ALC(traducción no oficial)");
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("facts")).getElement().getTextRecursively())
                .contains("Tema: Cobertura y estrategia");
        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getText())
                .startsWith("Plasmar el enfoque en una “Estrategia de Respuesta");
        assertThat(_get(Span.class, spec -> spec.withId("full-text-marker")).getText())
                .isEqualTo("(traducción no oficial)");
    }

    @Test
    void a_french_reader_reads_the_english_original_marked_as_such_with_its_language() {
        signIn("wg.ocha");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        open(shippedR5());

        H2 heading = _get(H2.class, spec -> spec.withId("recommendation-heading"));
        assertThat(heading.getElement().getTextRecursively())
                .isEqualTo("R5 · Strategy for Responding to Mixed Movements in LAC(original en anglais)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getElement().getAttribute("lang"))
                .isEqualTo("en");
        assertThat(_find(Button.class, spec -> spec.withId("translate"))).isEmpty();
    }

    @Test
    void the_secretariat_opens_the_translations_of_R5_with_the_spanish_ones_filled_in() {
        signIn("secretariat");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        open(shippedR5());

        _click(_get(Button.class, spec -> spec.withId("translate")));

        assertThat(_get(TextField.class, spec -> spec.withId("translation-title")).getValue())
                .isEqualTo("Estrategia de Respuesta a los Movimientos Mixtos en ALC");
        _setValue(_get(TextField.class, spec -> spec.withId("translation-title")), "");
        _click(_get(Button.class, spec -> spec.withId("save-translation")));
        TextField title = _get(TextField.class, spec -> spec.withId("translation-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_plan_written_in_spanish_reads_unmarked_in_spanish_and_as_the_spanish_original_in_english() {
        String plan = "SPANISH-" + System.nanoTime();
        context.getBean(org.mixedmovements.tracker.planimport.PlanImportService.class).importPlan(
                org.mixedmovements.tracker.Fixtures.csv("code,title,source,published_on,languages,time_zone\n"
                        + plan + ",Plan en español,Pruebas,2024-07-16,es,America/Bogota\n"),
                org.mixedmovements.tracker.Fixtures.csv(
                        "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                                + "E1,Consultas nacionales,Cobertura,BOTH,REGIONAL,,,Consultar a las plataformas.\n"));
        Long id = context.getBean(RecommendationService.class).list(context.getBean(PlanService.class)
                .findByCode(plan).orElseThrow().getId()).get(0).id();
        signIn("wg.ocha");

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        open(id);
        H2 heading = _get(H2.class, spec -> spec.withId("recommendation-heading"));
        assertThat(heading.getElement().getTextRecursively()).isEqualTo("E1 · Consultas nacionales");
        assertThat(heading.getElement().getChild(1).getChild(0).hasAttribute("lang")).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getElement().hasAttribute("lang")).isFalse();
        assertThat(_find(Span.class, spec -> spec.withId("full-text-marker"))).isEmpty();

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open(id);
        heading = _get(H2.class, spec -> spec.withId("recommendation-heading"));
        assertThat(heading.getElement().getTextRecursively()).isEqualTo("E1 · Consultas nacionales(Spanish original)");
        assertThat(heading.getElement().getChild(1).getChild(0).getAttribute("lang")).isEqualTo("es");
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("facts")).getElement().getTextRecursively())
                .contains("Theme: Cobertura(Spanish original)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("full-text")).getElement().getAttribute("lang"))
                .isEqualTo("es");
        assertThat(_get(Span.class, spec -> spec.withId("full-text-marker")).getText()).isEqualTo("(Spanish original)");
    }
}
