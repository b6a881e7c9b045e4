package org.mixedmovements.tracker.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mixedmovements.tracker.TestClock;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.compliance.TimelineWindow;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;

class TimelineViewTest extends UiTest {

    private static final ZoneId PANAMA = ZoneId.of("America/Panama");


    /** A recommendation of its own plan, adopted with R4V as lead, whose plan with these milestones is in force. */
    private Long inForce(String title, List<MilestoneDraft> milestones) {
        Long recommendation = fixtures.newRecommendation(title);
        fixtures.adopt(recommendation, "R4V");
        context.getBean(MyTaskService.class).submitImplementationPlan(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), milestones);
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        return recommendation;
    }

    private Long planOf(Long recommendation) {
        return context.getBean(RecommendationService.class).summary(recommendation).planId();
    }

    private List<MilestoneRow> milestonesOf(Long recommendation) {
        return context.getBean(RecommendationService.class).details(recommendation).milestones();
    }

    private void open(Long planId, String... more) {
        java.util.Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put("plan", List.of(String.valueOf(planId)));
        for (int i = 0; i < more.length; i += 2) {
            parameters.put(more[i], List.of(more[i + 1]));
        }
        UI.getCurrent().navigate("timeline", new QueryParameters(parameters));
    }

    private static String svg() {
        return _get(Div.class, spec -> spec.withId("timeline-svg")).getElement().getProperty("innerHTML");
    }

    private static String period() {
        return _get(Span.class, spec -> spec.withId("timeline-period")).getText();
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale()).format(day);
    }

    @Test
    void a_milestone_whose_due_date_was_moved_later_shows_its_baseline_and_its_current_due_date() {
        Long recommendation = inForce("Slipping work", List.of(fixtures.milestone("Focal points named", "R4V", 20, false)));
        LocalDate baseline = milestonesOf(recommendation).get(0).currentDue();
        LocalDate moved = baseline.plusDays(45);
        context.getBean(MyTaskService.class).requestDeadlineChange(
                fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE), moved,
                "The regional meeting moved");
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);

        signIn("secretariat");
        open(planOf(recommendation), "period", "all");

        String svg = svg();
        assertThat(svg).contains("data-due=\"" + moved + "\"").contains("data-baseline=\"" + baseline + "\"")
                .contains("class=\"timeline-baseline\" data-date=\"" + baseline + "\"");
        // the bar ends at the current due date, the baseline mark stands at the baseline, and both dates are written
        assertThat(svg).contains("Baseline due " + date(baseline) + " (moved by 45 days)")
                .contains(date(moved) + " (baseline " + date(baseline) + ")");
    }

    @Test
    void every_bar_has_its_due_date_written_whether_it_lasts_one_day_fills_the_window_or_runs_off_either_edge() {
        LocalDate today = fixtures.todayInPanama();
        LocalDate nextYearEnd = LocalDate.of(today.getYear() + 1, 12, 31);
        Long r4v = fixtures.organisation("R4V");
        Long recommendation = inForce("Bars of every length", List.of(
                new MilestoneDraft("One day", r4v, null, today.plusDays(3), today.plusDays(3), false),
                new MilestoneDraft("To the end of next year", r4v, null, today, nextYearEnd, false),
                new MilestoneDraft("Into next year", r4v, null, today, LocalDate.of(today.getYear() + 1, 2, 15), false)));
        Long planId = planOf(recommendation);
        signIn("secretariat");
        for (String period : List.of(String.valueOf(today.getYear()), String.valueOf(today.getYear() + 1))) {
            open(planId, "period", period);
            String svg = svg();
            for (MilestoneRow m : milestonesOf(recommendation)) {
                Matcher bar = Pattern.compile("data-milestone=\"" + m.id() + "\".*?</a>").matcher(svg);
                if (bar.find()) {
                    assertThat(bar.group()).as(m.name() + " in " + period).contains(">" + date(m.currentDue()) + "</text>");
                }
            }
        }
        // next year's window is filled by the long bar from its first day to its last
        assertThat(svg()).contains("data-place=\"inside\"");
        open(planId, "period", String.valueOf(today.getYear()));
        assertThat(_get(Anchor.class, spec -> spec.withText("One day")).getTitle().orElseThrow())
                .isEqualTo("One day · " + date(today.plusDays(3)));
    }

    @Test
    void a_milestone_never_moved_has_no_baseline_mark() {
        Long recommendation = inForce("On its dates", List.of(fixtures.milestone("Map published", "R4V", 30, false)));
        signIn("agency.r4v");
        open(planOf(recommendation), "period", "all");
        assertThat(svg()).contains("class=\"timeline-milestone\"").doesNotContain("timeline-baseline");
    }

    @Test
    void the_today_line_stands_at_todays_date_in_the_plans_time_zone() {
        Long recommendation = inForce("Today line", List.of(fixtures.milestone("Meeting held", "R4V", 20, false)));
        // 03:00 UTC: the next day in UTC, still the evening before in Panama (UTC-5)
        LocalDate utcTomorrow = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).plusDays(1);
        Instant now = utcTomorrow.atTime(3, 0).toInstant(ZoneOffset.UTC);
        TestClock.set(now);
        LocalDate panamaToday = LocalDate.ofInstant(now, PANAMA);
        assertThat(panamaToday).isBefore(utcTomorrow);

        signIn("wg.ocha");
        open(planOf(recommendation), "period", TimelineWindow.yearOf(panamaToday).period());

        Matcher line = Pattern.compile("id=\"timeline-today\" data-date=\"([^\"]+)\" x1=\"([^\"]+)\"").matcher(svg());
        assertThat(line.find()).isTrue();
        assertThat(line.group(1)).isEqualTo(panamaToday.toString());
        TimelineWindow year = TimelineWindow.yearOf(panamaToday);
        double expected = (year.offset(panamaToday) + 0.5) * TimelineChart.scale(year);
        assertThat(Double.parseDouble(line.group(2))).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void zooming_and_moving_change_the_window_and_the_address() {
        Long recommendation = inForce("Zoom", List.of(fixtures.milestone("Terms agreed", "R4V", 20, false)));
        LocalDate today = fixtures.todayInPanama();
        signIn("secretariat");
        open(planOf(recommendation));
        // the year around today: it holds today and runs on past the year's end when today is late in the year
        assertThat(period()).contains(String.valueOf(TimelineWindow.yearAround(today).to().getYear()));
        assertThat(monthLabels()).isEqualTo(12);
        assertThat(svg()).contains("id=\"timeline-today\" data-date=\"" + today + "\"");

        // the milestone starts today (the day its plan was submitted), so the quarter of today shows it
        _click(_get(Button.class, spec -> spec.withId("zoom-quarter")));
        int quarter = today.get(IsoFields.QUARTER_OF_YEAR);
        assertThat(period()).isEqualTo("Q" + quarter + " " + today.getYear());
        assertThat(monthLabels()).isEqualTo(3);
        assertThat(svg()).contains("id=\"timeline-today\" data-date=\"" + today + "\"");
        assertThat(address()).contains("period=" + today.getYear() + "-Q" + quarter);

        _click(_get(Button.class, spec -> spec.withId("timeline-next")));
        LocalDate nextQuarter = TimelineWindow.quarterOf(today).to().plusDays(1);
        assertThat(period()).isEqualTo("Q" + nextQuarter.get(IsoFields.QUARTER_OF_YEAR) + " " + nextQuarter.getYear());
        assertThat(address()).contains("period=" + TimelineWindow.quarterOf(nextQuarter).period());
        assertThat(_get(Button.class, spec -> spec.withId("timeline-go-today")).isEnabled()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("timeline-previous")));
        assertThat(period()).isEqualTo("Q" + quarter + " " + today.getYear());

        _click(_get(Button.class, spec -> spec.withId("zoom-all")));
        assertThat(address()).contains("period=all");
        assertThat(_get(Button.class, spec -> spec.withId("timeline-next")).isEnabled()).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withText("Terms agreed"))).hasSize(1);
    }

    @Test
    void a_recommendation_and_its_milestones_link_to_the_recommendations_page() {
        Long recommendation = inForce("Linked work", fixtures.twoMilestones());
        signIn("agency.ibchm");
        open(planOf(recommendation), "period", "all");

        Anchor label = _get(Anchor.class, spec -> spec.withId("timeline-recommendation-" + recommendation));
        assertThat(label.getHref()).isEqualTo("recommendations/" + recommendation);
        for (MilestoneRow m : milestonesOf(recommendation)) {
            assertThat(_get(Anchor.class, spec -> spec.withId("timeline-milestone-" + m.id())).getHref())
                    .isEqualTo("recommendations/" + recommendation);
        }
        assertThat(svg()).contains("<a href=\"recommendations/" + recommendation + "\" class=\"timeline-milestone\"");

        UI.getCurrent().navigate(label.getHref());
        assertThat(_get(H2.class, spec -> spec.withId("recommendation-heading")).getElement().getTextRecursively())
                .contains("Linked work");
    }

    @Test
    void names_from_the_data_are_shown_as_text_never_as_markup() {
        String name = "<script>alert('x')</script> & co";
        Long recommendation = inForce("Tags <b>bold</b>", List.of(fixtures.milestone(name, "R4V", 20, false)));
        signIn("secretariat");
        open(planOf(recommendation), "period", "all");

        Long milestone = milestonesOf(recommendation).get(0).id();
        assertThat(_get(Anchor.class, spec -> spec.withId("timeline-milestone-" + milestone)).getText()).isEqualTo(name);
        String svg = svg();
        assertThat(svg).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .contains("Tags &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void a_milestone_that_waits_for_another_has_an_arrow_from_its_end_and_a_warning_when_it_is_due_before_it() {
        Long recommendation = inForce("Arrows", List.of(
                fixtures.milestone("Consultation held", "R4V", 40, false),
                fixtures.milestone("Report published", "IBC-HM", 20, false).waitingFor(List.of(Predecessor.row(1)))));
        List<MilestoneRow> milestones = milestonesOf(recommendation);
        Long consultation = milestones.stream().filter(m -> m.name().equals("Consultation held")).findFirst()
                .orElseThrow().id();
        Long report = milestones.stream().filter(m -> m.name().equals("Report published")).findFirst()
                .orElseThrow().id();
        signIn("secretariat");
        open(planOf(recommendation), "period", "all");

        assertThat(svg()).contains("class=\"timeline-dependency timeline-dependency-late\" data-from=\""
                + consultation + "\" data-to=\"" + report + "\"");
        assertThat(svg()).contains("Due before what it waits for: Consultation held");
        assertThat(svg()).contains("timeline-milestone timeline-due-before-predecessor");
        String ibchm = context.getBean(OrganisationService.class).findByCode("IBC-HM").orElseThrow().getName();
        assertThat(_get(Span.class, spec -> spec.withId("timeline-owner-" + report)).getText()).isEqualTo(ibchm);
    }

    @Test
    void on_a_phone_the_filters_fold_away_so_the_chart_is_in_view_and_their_summary_says_what_is_chosen() {
        Long recommendation = inForce("Phone", List.of(fixtures.milestone("Terms agreed", "R4V", 20, false)));
        signIn("secretariat");
        open(planOf(recommendation));
        TimelineView view = _get(TimelineView.class);
        Details filters = _get(Details.class, spec -> spec.withId("timeline-filters"));
        view.fit(390);
        assertThat(filters.isOpened()).isFalse();
        assertThat(filters.getSummaryText()).startsWith("Filters: TEST-");
        view.fit(1280);
        assertThat(filters.isOpened()).isTrue();
    }

    @Test
    void the_organisation_filter_keeps_that_organisations_milestones_and_a_window_without_work_says_so() {
        Long recommendation = inForce("Two owners", fixtures.twoMilestones());
        Long planId = planOf(recommendation);
        List<MilestoneRow> milestones = milestonesOf(recommendation);
        signIn("secretariat");
        open(planId, "period", "all", "org", String.valueOf(fixtures.organisation("IBC-HM")));
        MilestoneRow ibchm = milestones.stream().filter(m -> m.ownerCode().equals("IBC-HM")).findFirst().orElseThrow();
        MilestoneRow r4v = milestones.stream().filter(m -> m.ownerCode().equals("R4V")).findFirst().orElseThrow();
        _get(Anchor.class, spec -> spec.withId("timeline-milestone-" + ibchm.id()));
        _assertNone(Anchor.class, spec -> spec.withId("timeline-milestone-" + r4v.id()));
        assertThat(_get(Span.class, spec -> spec.withId("timeline-page")).getText()).isEqualTo("Recommendations 1–1 of 1");

        open(planId, "period", "2010");
        assertThat(_get(Paragraph.class, spec -> spec.withId("timeline-empty")).isVisible()).isTrue();
        _assertNone(Anchor.class, spec -> spec.withId("timeline-recommendation-" + recommendation));
    }

    @Test
    void the_timeline_speaks_spanish() {
        Long recommendation = inForce("En español", List.of(fixtures.milestone("Hito", "R4V", 20, false)));
        signIn("wg.unhcr");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        TimelineWindow quarter = TimelineWindow.quarterOf(fixtures.todayInPanama());
        open(planOf(recommendation), "period", quarter.period());
        assertThat(period()).isEqualTo("T" + quarter.quarter() + " " + quarter.from().getYear());
        assertThat(_get(Button.class, spec -> spec.withId("zoom-year")).getText()).isEqualTo("Año");
        String firstMonth = List.of("ene", "abr", "jul", "oct").get(quarter.quarter() - 1);
        assertThat(svg()).contains(">" + firstMonth + "<").contains(">" + fixtures.todayInPanama().getYear() + "<")
                .contains(">Hoy<");
    }

    private static int monthLabels() {
        Matcher m = Pattern.compile("class=\"timeline-month\"").matcher(svg());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
