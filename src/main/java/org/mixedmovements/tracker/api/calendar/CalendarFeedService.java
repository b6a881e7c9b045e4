package org.mixedmovements.tracker.api.calendar;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mixedmovements.tracker.base.ICalendarText;
import org.mixedmovements.tracker.api.TokenKind;
import org.mixedmovements.tracker.api.TokenUser;
import org.mixedmovements.tracker.compliance.ComplianceFilter;
import org.mixedmovements.tracker.compliance.ComplianceQueries;
import org.mixedmovements.tracker.compliance.MilestoneComplianceView;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.MilestoneLabel;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.base.Translations;
import org.mixedmovements.tracker.base.security.LocalePreference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feed of milestone deadlines: one all-day event per milestone in force, on its current due date (a
 * calendar date in the plan's time zone, so no time zone is needed), with a stable UID so a subscribed calendar
 * moves the event when the due date changes. An organisation's feed holds the milestones it owns; a user's feed
 * adds the milestones of the recommendations their organisation leads.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    static final String PRODUCT = "-//Mixed Movements Working Group//Recommendation Tracker//EN";
    private static final int PAGE = 500;

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final ComplianceQueries compliance;
    private final RecommendationLabels labels;
    private final LocalePreference preferences;

    CalendarFeedService(PlanService plans, RecommendationService recommendations, ComplianceQueries compliance,
                        RecommendationLabels labels, LocalePreference preferences) {
        this.preferences = preferences;
        this.plans = plans;
        this.recommendations = recommendations;
        this.compliance = compliance;
        this.labels = labels;
    }

    /** The milestones of the feed, in due date order. */
    public List<MilestoneComplianceView> milestones(TokenUser feed) {
        long organisation = feed.user().organisationId();
        Map<Long, MilestoneComplianceView> found = new LinkedHashMap<>();
        for (Plan plan : plans.all()) {
            read(new ComplianceFilter(plan.getId(), null, null, null, organisation, null), found);
            if (feed.kind() == TokenKind.CALENDAR_USER) {
                for (RecommendationSummary led : recommendations.list(plan.getId())) {
                    if (led.leadOrganisationId() != null && led.leadOrganisationId() == organisation) {
                        read(new ComplianceFilter(plan.getId(), led.id(), null, null, null, null), found);
                    }
                }
            }
        }
        return found.values().stream()
                .sorted((a, b) -> a.currentDue().equals(b.currentDue())
                        ? a.milestoneId().compareTo(b.milestoneId()) : a.currentDue().compareTo(b.currentDue()))
                .toList();
    }

    private void read(ComplianceFilter filter, Map<Long, MilestoneComplianceView> into) {
        for (int page = 0; ; page++) {
            Page<MilestoneComplianceView> rows = compliance.milestones(filter, PageRequest.of(page, PAGE));
            rows.forEach(r -> into.putIfAbsent(r.milestoneId(), r));
            if (!rows.hasNext()) {
                return;
            }
        }
    }

    /** The feed as iCalendar text; {@code baseUrl} is the application's address, for links back to it. */
    public String ics(TokenUser feed, String baseUrl) {
        List<MilestoneComplianceView> milestones = milestones(feed);
        Map<Long, MilestoneLabel> names = labels.milestones(milestones.stream()
                .map(MilestoneComplianceView::milestoneId).toList());
        Map<Long, RecommendationLabel> recs = labels.recommendations(milestones.stream()
                .map(MilestoneComplianceView::recommendationId).collect(Collectors.toSet()));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // in the language of the person whose token it is: the calendar shows these words to them
        Locale language = Translations.language(preferences.localeOf(feed.user().getUsername()).orElse(null));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        String title = feed.kind() == TokenKind.CALENDAR_ORGANISATION
                ? Translations.text(language, "calendar.feed.title", feed.user().organisationCode())
                : Translations.text(language, "calendar.feed.title", feed.user().getUsername() + " ("
                        + feed.user().organisationCode() + ")");
        calendar.add(new XProperty("X-WR-CALNAME", title));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (MilestoneComplianceView m : milestones) {
            MilestoneLabel name = names.get(m.milestoneId());
            RecommendationLabel rec = recs.get(m.recommendationId());
            String summary = rec.code() + " · " + name.name() + " (" + name.ownerCode()
                    + (m.countryIso2() == null ? "" : ", " + m.countryIso2()) + ")";
            VEvent event = new VEvent(m.currentDue(), m.currentDue().plusDays(1), summary);
            event.add(new Uid("milestone-" + m.milestoneId() + "@recommendation-tracker"));
            List<String> lines = new ArrayList<>();
            lines.add(rec.code() + ": " + rec.title());
            lines.add(Translations.text(language, "calendar.feed.status",
                    Translations.text(language, "compliance." + m.complianceStatus().name()), m.progress()));
            if (!m.baselineDue().equals(m.currentDue())) {
                lines.add(Translations.text(language, "calendar.feed.baseline", dates.format(m.baselineDue())));
            }
            if (m.completedOn() != null) {
                lines.add(Translations.text(language, "calendar.feed.completed", dates.format(m.completedOn())));
            }
            event.add(new Description(String.join("\n", lines)));
            event.add(new Url(URI.create(baseUrl + "/recommendations/" + m.recommendationId())));
            calendar.add(event);
        }
        return ICalendarText.of(calendar);
    }
}
