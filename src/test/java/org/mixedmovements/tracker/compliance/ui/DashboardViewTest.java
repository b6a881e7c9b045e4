package org.mixedmovements.tracker.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.base.ui.Formats;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.assignment.AssignmentService;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.compliance.DeadlineRow;
import org.mixedmovements.tracker.compliance.NationalScenario;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.data.domain.PageRequest;

class DashboardViewTest extends UiTest {

    private boolean clockMoved;

    @AfterEach
    void putTheClockBack() {
        if (clockMoved) {
            NationalScenario.undo(context);
        }
    }

    private NationalScenario lateNationalWork(String title) {
        clockMoved = true;
        return NationalScenario.build(context, title);
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(parameters));
    }

    private static String legendCount(String status) {
        return _get(Span.class, spec -> spec.withId("chart-legend-" + status + "-count")).getText();
    }

    private static String cardValue(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("card-value")).getText();
    }

    private static String currentLink() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The parameters of the link in the address bar (a link's parameters come in no particular order). */
    private static Map<String, String> linkParameters() {
        Map<String, String> parameters = new java.util.HashMap<>();
        UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters()
                .forEach((name, values) -> parameters.put(name, String.join(",", values)));
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static DeadlineGrid grid(String id) {
        return _get(DeadlineGrid.class, spec -> spec.withId(id));
    }

    @Test
    void whoMustActNowComesFirstWithTheOverdueMilestoneByItsOwnersNameThenTheOpenVoteAndTheMembersAwaited() {
        NationalScenario scenario = lateNationalWork("Who must act");
        Long recommendation = scenario.recommendation();
        LocalDate today = fixtures.todayInPanama();
        // the owner asks the group for more time on one of its milestones: a vote, open 14 days; UNHCR votes at once
        MyTaskService tasks = context.getBean(MyTaskService.class);
        tasks.requestDeadlineChange(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                today.plusDays(90), "The national table meets later");
        tasks.vote(fixtures.taskOf("wg.unhcr", recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
        Long decision = context.getBean(DecisionBoard.class).open(scenario.plan(), PageRequest.of(0, 10))
                .getContent().get(0).id();
        OrganisationService organisations = context.getBean(OrganisationService.class);

        signIn("agency.r4v"); // everyone who sees the dashboard sees who must act
        open(Map.of("plan", String.valueOf(scenario.plan())));

        Div panel = _get(Div.class, spec -> spec.withId("act-now"));
        List<Component> siblings = panel.getParent().orElseThrow().getChildren().toList();
        Div figures = _get(Div.class, spec -> spec.withId("recommendation-figures"));
        assertThat(siblings.indexOf(panel)).as("above every figure")
                .isLessThan(siblings.indexOf(figures.getParent().orElseThrow()));
        assertThat(_get(H3.class, spec -> spec.withId("act-now-title")).getText()).isEqualTo("Who must act now");
        List<ListItem> rows = _find(panel, ListItem.class, spec -> spec.withClasses("act-now-row"));
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-kind")).containsExactly("OVERDUE", "VOTE");

        // the milestone a day late first: its owner by name, a link to its recommendation
        ListItem late = rows.get(0);
        assertThat(who(late)).isEqualTo(organisations.findByCode("R4V").orElseThrow().getName());
        Anchor milestone = _get(late, Anchor.class);
        assertThat(milestone.getText()).isEqualTo("Milestone of T1 overdue: " + NationalScenario.OVERDUE);
        assertThat(milestone.getHref()).isEqualTo("recommendations/" + recommendation);
        assertThat(_get(late, Span.class, spec -> spec.withClasses("act-now-when")).getText()).isEqualTo("1 day late");

        // then the vote closing in 14 days: the members that have not voted, not UNHCR (voted) nor R4V (asked)
        ListItem vote = rows.get(1);
        assertThat(_get(vote, Span.class, spec -> spec.withClasses("act-now-who")).getText())
                .as("more than two organisations are counted, named in the tooltip").endsWith("member organisations");
        assertThat(who(vote)).contains(organisations.findByCode("OCHA").orElseThrow().getName(),
                        organisations.findByCode("IFRC").orElseThrow().getName())
                .doesNotContain(organisations.findByCode("UNHCR").orElseThrow().getName())
                .doesNotContain(organisations.findByCode("R4V").orElseThrow().getName());
        Anchor approval = _get(vote, Anchor.class);
        assertThat(approval.getText()).isEqualTo("Vote on a request for more time on T1");
        // an agency cannot open Approvals: the vote links to its recommendation's page, where it is followed
        assertThat(approval.getHref()).isEqualTo("recommendations/" + recommendation);
        assertThat(_get(vote, Span.class, spec -> spec.withClasses("act-now-when")).getText())
                .isEqualTo("by " + Formats.date(today.plusDays(14)) + " (last day)");
        signIn("wg.ocha"); // a member opens the decision's card
        open(Map.of("plan", String.valueOf(scenario.plan())));
        ListItem memberVote = _find(_get(Div.class, spec -> spec.withId("act-now")), ListItem.class,
                spec -> spec.withClasses("act-now-row")).get(1);
        assertThat(_get(memberVote, Anchor.class).getHref()).isEqualTo("approvals/" + decision);
        signIn("agency.r4v");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        // nothing more open, so no "n more" line and no "nobody is awaited" line (hidden, so not found)
        assertThat(_find(Paragraph.class, spec -> spec.withId("act-now-more"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("act-now-none"))).isEmpty();
    }

    @Test
    void whoMustActNowNamesThePersonTheOverdueWorkWasGivenTo() {
        NationalScenario scenario = lateNationalWork("Given to a person");
        signIn("secretariat");
        Long overdue = context.getBean(DashboardService.class)
                .overdue(ComplianceFilter.plan(scenario.plan()), PageRequest.of(0, 1)).getContent().get(0).milestoneId();
        AssignmentService assignment = context.getBean(AssignmentService.class);
        assignment.assignTask(assignment.openWorkOn(overdue).orElseThrow().taskId(), "agency.r4v",
                "R4V's focal point for Peru");
        String person = context.getBean(UserDirectory.class).enabledUser("agency.r4v").orElseThrow().displayName();

        open(Map.of("plan", String.valueOf(scenario.plan())));

        ListItem late = _find(ListItem.class, spec -> spec.withClasses("act-now-row")).get(0);
        assertThat(who(late)).isEqualTo(context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow()
                .getName() + " (" + person + ")");
        assertThat(_find(late, Span.class, spec -> spec.withClasses("act-now-escalated"))).as("a day late: not yet")
                .isEmpty();
    }

    @Test
    void whoMustActNowShowsTheTenMostLateAndCountsTheRest() {
        Long recommendation = fixtures.newRecommendation("Much late work");
        fixtures.adopt(recommendation, "R4V");
        List<MilestoneDraft> eleven = java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(day -> fixtures.milestone("Step " + day, "R4V", day, false)).toList();
        MyTaskService tasks = context.getBean(MyTaskService.class);
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), eleven);
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        clockMoved = true;
        TestClock.advance(Duration.ofDays(20));
        context.getBean(ComplianceReadModel.class).reevaluate();
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();

        signIn("secretariat");
        open(Map.of("plan", String.valueOf(planId)));

        // the most late first (step 1, due on day 1, is 19 days late); step 11, the least late, is left out and counted
        List<ListItem> rows = _find(ListItem.class, spec -> spec.withClasses("act-now-row"));
        assertThat(rows).extracting(r -> _get(r, Anchor.class).getText()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(day -> "Milestone of T1 overdue: Step " + day)
                        .toList());
        assertThat(_get(rows.get(0), Span.class, spec -> spec.withClasses("act-now-when")).getText())
                .isEqualTo("19 days late");
        assertThat(_get(Paragraph.class, spec -> spec.withId("act-now-more")).getText())
                .isEqualTo("1 more: see Approvals, the Overdue list below and My tasks.");
    }

    @Test
    void whoMustActNowNamesTheLeadThatMustDraftItsPlanWithALinkToTheRecommendation() {
        Long recommendation = fixtures.newRecommendation("Plan awaited");
        fixtures.adopt(recommendation, "R4V");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();

        signIn("chair");
        open(Map.of("plan", String.valueOf(planId)));

        List<ListItem> rows = _find(ListItem.class, spec -> spec.withClasses("act-now-row"));
        assertThat(rows).hasSize(1);
        ListItem row = rows.get(0);
        assertThat(row.getElement().getAttribute("data-kind")).isEqualTo("PLAN_TO_DRAFT");
        assertThat(who(row)).isEqualTo(context.getBean(OrganisationService.class).findByCode("R4V").orElseThrow()
                .getName());
        Anchor link = _get(row, Anchor.class);
        assertThat(link.getText()).isEqualTo("Draft the implementation plan of T1");
        assertThat(link.getHref()).isEqualTo("recommendations/" + recommendation);
    }

    @Test
    void whoMustActNowSaysSoInSpanishWhenNobodyIsAwaited() {
        signIn("wg.ocha");
        UI.getCurrent().setLocale(new Locale("es"));
        Long recommendation = fixtures.newRecommendation("Nada pendiente");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        open(Map.of("plan", String.valueOf(planId)));
        assertThat(_get(H3.class, spec -> spec.withId("act-now-title")).getText()).isEqualTo("Quién debe actuar ahora");
        assertThat(_get(Paragraph.class, spec -> spec.withId("act-now-none")).getText())
                .isEqualTo("No se espera a nadie: ninguna decisión abierta, ningún hito vencido, ningún informe de avance "
                        + "pendiente ni plan por redactar en este plan.");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("act-now-row"))).isEmpty();
    }

    /** The organisations a row names: in the line, or, when there are more than two, in its tooltip. */
    private static String who(ListItem row) {
        Span who = _get(row, Span.class, spec -> spec.withClasses("act-now-who"));
        return who.getTitle().orElse(who.getText());
    }

    @Test
    void theSecretariatSeesTheStatusCountsAChartAndEveryRecommendationOfTheShippedPlan() {
        signIn("secretariat");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("status-card"))).hasSize(5); // two rates, three milestone figures
        assertThat(legendCount("overdue")).matches("\\d+");
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-line"))).hasSizeGreaterThanOrEqualTo(14);
        assertThat(_find(_get(Div.class, spec -> spec.withId("progress-chart")), Anchor.class))
                .extracting(Anchor::getText).startsWith("R1", "R2");
        String svg = _get(Div.class, spec -> spec.withId("status-chart-svg")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"status-chart-title\">",
                "Milestones in force by compliance status", "<desc");
        // the shipped plan's national recommendations list no country yet: the matrix says so instead of a table
        assertThat(_get(Paragraph.class, spec -> spec.withId("matrix-none")).getText())
                .startsWith("R8, R10, R11, R14: national in scope");
    }

    @Test
    void thePlanInTheUrlIsTheOneShown() {
        signIn("wg.ocha");
        Long recommendation = fixtures.newRecommendation("Only one here");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        open(Map.of("plan", String.valueOf(planId)));
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-line"))).singleElement()
                .satisfies(line -> assertThat(_get(line, Span.class, spec -> spec.withText("Only one here"))).isNotNull());
        assertThat(_get(Paragraph.class, spec -> spec.withId("overdue-none")).isVisible()).isTrue();
    }

    @Test
    void aLateMilestoneIsCountedAndListedAsOverdueWithItsDaysLate() {
        NationalScenario scenario = lateNationalWork("Late work");
        signIn("secretariat");
        open(Map.of("plan", String.valueOf(scenario.plan())));

        assertThat(legendCount("overdue")).isEqualTo("1");
        assertThat(legendCount("at-risk")).isEqualTo("1");
        assertThat(legendCount("completed")).isEqualTo("1");
        assertThat(cardValue("card-progress")).isEqualTo("33 %");
        DeadlineGrid overdue = grid("overdue-grid");
        assertThat(GridKt._size(overdue)).isEqualTo(1);
        DeadlineRow row = GridKt._fetch(overdue, 0, 10).get(0);
        assertThat(row.milestoneName()).isEqualTo(NationalScenario.OVERDUE);
        assertThat(GridKt._getFormatted(overdue, 0, DeadlineGrid.DAYS_COLUMN)).isEqualTo("1");
        assertThat(GridKt._getFormatted(overdue, 0, "owner")).isEqualTo("R4V");
        assertThat(GridKt._getFormatted(overdue, 0, "country")).isEqualTo("Peru");
        Anchor link = (Anchor) GridKt._getCellComponent(overdue, 0, "milestone");
        assertThat(link.getHref()).isEqualTo("recommendations/" + scenario.recommendation());
        assertThat(_get(H3.class, spec -> spec.withId("overdue-title")).getText()).isEqualTo("Overdue (1)");

        DeadlineGrid soon = grid("due-soon-grid");
        assertThat(GridKt._fetch(soon, 0, 10)).extracting(DeadlineRow::milestoneName)
                .containsExactly(NationalScenario.AT_RISK);
        assertThat(GridKt._getFormatted(soon, 0, DeadlineGrid.DAYS_COLUMN)).isEqualTo("19");
        Div line = _get(Div.class, spec -> spec.withId("progress-" + scenario.recommendation()));
        assertThat(_get(line, Span.class, spec -> spec.withClasses("progress-value")).getText()).isEqualTo("33 %");
        assertThat(_get(line, Span.class, spec -> spec.withClasses("progress-status")).getText()).isEqualTo("Overdue");
    }

    @Test
    void theRecommendationFiguresCountTheAdoptedRecommendationAsAcceptedAndInProgress() {
        NationalScenario scenario = lateNationalWork("Figures");
        signIn("secretariat");
        open(Map.of("plan", String.valueOf(scenario.plan())));

        // one recommendation, accepted, its plan approved: 1 of 1 answered accepted, 0 of 1 implemented
        assertThat(cardValue("card-acceptance-rate")).isEqualTo("100 %");
        assertThat(cardValue("card-implementation-rate")).isEqualTo("0 %");
        assertThat(_get(Span.class, spec -> spec.withId("implementation-bar-in-progress")).getElement()
                .getTextRecursively()).isEqualTo("In progress 1");
        assertThat(tableRows("recommendation-breakdown")).containsEntry("R4V",
                List.of("Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela (R4V)",
                        "1", "1", "1", "0", "1", "0", "100 %", "0 %"));
    }

    @Test
    void theSecretariatSeesEachOwnersScorecardAndAnAgencyOnlyItsOwn() {
        NationalScenario scenario = lateNationalWork("Scorecards");
        signIn("secretariat");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        // milestones, on track, at risk, overdue, completed on time, completed late, not due yet, on-time rate, moved,
        // average slippage, votes not cast
        assertThat(tableRows("scorecard-table").get("R4V")).containsSubsequence("3", "0", "1", "1", "1", "0", "0",
                "100 %", "0", "0 days");

        signIn("agency.ibchm");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        assertThat(tableRows("scorecard-table")).containsOnlyKeys("IBC-HM");
        assertThat(_get(Div.class, spec -> spec.withId("scorecard")).getElement().getTextRecursively())
                .contains("Your organisation’s scorecard");
    }

    /** A figure table's rows by key: the row's name, then its cells as they read. */
    private static Map<String, List<String>> tableRows(String id) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        Element table = _get(Div.class, spec -> spec.withId(id)).getElement().getChild(0);
        table.getChild(1).getChildren().forEach(tr -> rows.put(tr.getAttribute("data-key"),
                tr.getChildren().map(Element::getText).toList()));
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersGoIntoTheLinkAndTheLinkBringsThemBack() {
        NationalScenario scenario = lateNationalWork("Filters");
        signIn("wg.unhcr");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-country")), "CO");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-org")), "R4V");
        String link = currentLink();
        assertThat(link).startsWith("dashboard?");
        assertThat(linkParameters()).isEqualTo(Map.of("plan", String.valueOf(scenario.plan()), "org", "R4V",
                "country", "CO"));
        assertThat(legendCount("overdue")).isEqualTo("0");
        assertThat(GridKt._size(grid("due-soon-grid"))).isEqualTo(1);

        // someone else opens the shared link
        UI.getCurrent().navigate("tasks");
        Location shared = new Location(link);
        UI.getCurrent().navigate(shared.getPath(), shared.getQueryParameters());
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-country")).getValue()).isEqualTo("CO");
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-org")).getValue()).isEqualTo("R4V");
        assertThat(legendCount("overdue")).isEqualTo("0");
        assertThat(cardValue("card-progress")).isEqualTo("50 %");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-country")), null);
        assertThat(linkParameters()).isEqualTo(Map.of("plan", String.valueOf(scenario.plan()), "org", "R4V"));
        assertThat(legendCount("overdue")).isEqualTo("1");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-level")), CoordinationLevel.OPERATIONAL);
        assertThat(linkParameters()).isEqualTo(Map.of("plan", String.valueOf(scenario.plan()), "org", "R4V",
                "level", "OPERATIONAL"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-empty"))).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownValuesInTheLinkAreIgnoredWithANoticeNotAnErrorPage() {
        signIn("secretariat");
        Long recommendation = fixtures.newRecommendation("Odd link");
        Long planId = context.getBean(RecommendationService.class).summary(recommendation).planId();
        open(Map.of("plan", String.valueOf(planId), "level", "galactic", "country", "<b>ZZ</b>"));
        Div notice = _get(Div.class, spec -> spec.withId("filter-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("coordination level “galactic”", "country “<b>ZZ</b>”", "ignored");
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-level")).getValue()).isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("filter-plan")).getValue()).isEqualTo(planId);
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-line"))).hasSize(1);

        open(Map.of("plan", "12345678"));
        assertThat(_get(Div.class, spec -> spec.withId("filter-notice")).getText()).contains("plan “12345678”");
        assertThat(_find(Div.class, spec -> spec.withClasses("status-card"))).hasSize(5); // two rates, three milestone figures
    }

    @Test
    void theMatrixShowsANationalRecommendationInEachOfItsCountriesColouredByItsWorstStatus() {
        NationalScenario scenario = lateNationalWork("Matrix");
        signIn("chair");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        Element table = _get(Div.class, spec -> spec.withId("national-matrix")).getElement().getChild(0);
        assertThat(descendants(table).filter(e -> e.getTag().equals("th") && e.hasAttribute("data-country"))
                .map(Element::getText)).containsExactly("Colombia", "Peru");
        Element row = descendants(table)
                .filter(e -> String.valueOf(scenario.recommendation()).equals(e.getAttribute("data-recommendation")))
                .findFirst().orElseThrow();
        List<Element> cells = descendants(row).filter(e -> e.getTag().equals("td")).toList();
        assertThat(cells).extracting(e -> e.getAttribute("data-country")).containsExactly("CO", "PE");
        assertThat(cells).extracting(e -> e.getAttribute("data-status")).containsExactly("AT_RISK", "OVERDUE");
        assertThat(cells).extracting(Element::getText).containsExactly("50 %", "0 %");
        assertThat(cells).extracting(e -> e.getAttribute("data-label")).containsExactly("At risk", "Overdue");
        assertThat(cells.get(1).getAttribute("title")).contains("Peru", "Overdue", "1 milestones");
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().filter(e -> !e.isTextNode())
                .flatMap(DashboardViewTest::descendants));
    }

    @Test
    void anAgencyFocalPointSeesTheDashboardButNothingThereChangesData() {
        NationalScenario scenario = lateNationalWork("Read only");
        signIn("agency.r4v");
        open(Map.of("plan", String.valueOf(scenario.plan())));
        DashboardView view = _get(DashboardView.class);
        assertThat(legendCount("overdue")).isEqualTo("1");
        assertThat(_find(view, Button.class)).extracting(b -> b.getId().orElse("")).containsExactly("filters-clear");
        assertThat(_find(view, Component.class).stream().filter(c -> c instanceof HasValue<?, ?>))
                .extracting(c -> c.getId().orElseThrow())
                .containsExactlyInAnyOrder("filter-plan", "filter-theme", "filter-level", "filter-org", "filter-country");
        assertThat(_find(view, Anchor.class)).filteredOn(a -> !a.getElement().hasAttribute("download"))
                .allSatisfy(a -> assertThat(a.getHref()).startsWith("recommendations/"));
        // the export links only download files of what the page shows
        assertThat(_find(view, Anchor.class)).filteredOn(a -> a.getElement().hasAttribute("download"))
                .extracting(a -> a.getId().orElseThrow())
                .containsExactly("export-pdf", "export-excel", "export-recommendations-csv", "export-milestones-csv");
    }
}
