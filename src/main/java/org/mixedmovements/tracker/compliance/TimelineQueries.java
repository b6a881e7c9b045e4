package org.mixedmovements.tracker.compliance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.MilestoneDependencies;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.MilestoneLabel;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of a plan, read from the compliance read model: a page of recommendations whose milestones in force
 * fall within a window of the calendar, each with those milestones' planned, baseline, current and completion dates
 * and their compliance status. The database selects, orders and pages; names come from the recommendation feature.
 */
@Service
@Transactional(readOnly = true)
public class TimelineQueries {

    public static final int PAGE_SIZE = 20;

    /** A milestone's first day, and whether its last one (due, baseline due or completion) is on or after :from. */
    private static final String START = "coalesce(m.plannedStart, m.currentDue)";
    private static final String SPAN_START = "min(coalesce(m.plannedStart, m.currentDue))";
    private static final String SPAN_REACHES = "(max(m.currentDue) >= :from or max(m.baselineDue) >= :from "
            + "or max(m.completedOn) >= :from)";

    private final EntityManager entities;
    private final PlanService plans;
    private final RecommendationLabels labels;
    private final Clock clock;
    private final OrganisationService organisations;
    private final MilestoneDependencies dependencies;

    TimelineQueries(EntityManager entities, PlanService plans, RecommendationLabels labels, Clock clock,
                    OrganisationService organisations, MilestoneDependencies dependencies) {
        this.organisations = organisations;
        this.dependencies = dependencies;
        this.entities = entities;
        this.plans = plans;
        this.labels = labels;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return plans.all();
    }

    /** The page of the plan's timeline the request asks for; a page past the last one shows the last. */
    public Timeline timeline(TimelineRequest request) {
        CurrentUser.require();
        Plan plan = plans.get(request.planId());
        LocalDate today = ComplianceRules.today(clock.instant(), plan.zone());
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(request, parameters);
        TimelineWindow window = window(request.period(), today, where, parameters);
        parameters.put("from", window.from());
        parameters.put("to", window.to());

        String having = " group by m.recommendationId having " + SPAN_START + " <= :to and " + SPAN_REACHES;
        TypedQuery<Long> count = entities.createQuery("select count(distinct r.recommendationId) "
                + "from MilestoneCompliance r where r.recommendationId in (select m.recommendationId "
                + "from MilestoneCompliance m" + where + having + ")", Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int page = (int) Math.max(0, Math.min(request.page(), (total - 1) / PAGE_SIZE));

        TypedQuery<Object[]> spans = entities.createQuery("select m.recommendationId, " + SPAN_START
                + ", max(m.currentDue), max(m.baselineDue), max(m.completedOn) from MilestoneCompliance m" + where
                + having + " order by " + SPAN_START + ", m.recommendationId", Object[].class);
        parameters.forEach(spans::setParameter);
        spans.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE);
        List<Object[]> found = spans.getResultList();
        List<Long> ids = found.stream().map(row -> (Long) row[0]).toList();

        Map<Long, List<TimelineEntry>> entries = entries(ids, request, window);
        Map<Long, MilestoneLabel> milestoneLabels = labels.milestones(entries.values().stream()
                .flatMap(List::stream).map(TimelineEntry::milestoneId).toList());
        Map<Long, RecommendationLabel> recommendationLabels = labels.recommendations(ids);
        List<TimelineRow> rows = new ArrayList<>();
        Map<Long, String> ownerNames = new HashMap<>();
        for (Object[] span : found) {
            Long id = (Long) span[0];
            RecommendationLabel label = recommendationLabels.get(id);
            List<TimelineMilestone> milestones = entries.getOrDefault(id, List.of()).stream()
                    .map(e -> milestone(e, milestoneLabels.get(e.milestoneId()), ownerNames.computeIfAbsent(
                            e.ownerOrganisationId(), owner -> organisations.get(owner).getName()))).toList();
            rows.add(new TimelineRow(id, label.code(), label.title(), (LocalDate) span[1],
                    latest((LocalDate) span[2], (LocalDate) span[3], (LocalDate) span[4]), milestones));
        }
        return new Timeline(plan.getId(), plan.getTitle(), plan.zone(), today, window, request.theme(),
                request.organisationId(), page, PAGE_SIZE, total, rows, themes(plan.getId()),
                organisations(plan.getId()), dependencies.among(milestoneLabels.keySet()));
    }

    /** The requested quarter or year; "all" spans every milestone selected; anything else is the year around today. */
    private TimelineWindow window(String period, LocalDate today, String where, Map<String, Object> parameters) {
        if (!TimelineWindow.ALL.equals(period)) {
            return TimelineWindow.parse(period).orElseGet(() -> TimelineWindow.yearAround(today));
        }
        TypedQuery<Object[]> span = entities.createQuery("select min(" + START + "), max(m.currentDue), "
                + "max(m.baselineDue), max(m.completedOn) from MilestoneCompliance m" + where, Object[].class);
        parameters.forEach(span::setParameter);
        Object[] row = span.getSingleResult();
        if (row[0] == null) {
            return TimelineWindow.all(today, today);
        }
        return TimelineWindow.all((LocalDate) row[0], latest((LocalDate) row[1], (LocalDate) row[2], (LocalDate) row[3]));
    }

    /** The selected milestones of these recommendations that fall within the window, by start then due date. */
    private Map<Long, List<TimelineEntry>> entries(List<Long> recommendationIds, TimelineRequest request,
                                                   TimelineWindow window) {
        if (recommendationIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(request, parameters);
        TypedQuery<TimelineEntry> query = entities.createQuery("select new " + TimelineEntry.class.getName()
                + "(m.milestoneId, m.recommendationId, m.ownerOrganisationId, m.countryIso2, m.plannedStart, "
                + "m.baselineDue, m.currentDue, m.completedOn, m.complianceStatus, m.progress, m.slippageDays) "
                + "from MilestoneCompliance m" + where + " and m.recommendationId in :ids and " + START + " <= :to "
                + "and (m.currentDue >= :from or m.baselineDue >= :from or m.completedOn >= :from) "
                + "order by " + START + ", m.currentDue, m.milestoneId", TimelineEntry.class);
        parameters.forEach(query::setParameter);
        query.setParameter("ids", recommendationIds);
        query.setParameter("from", window.from());
        query.setParameter("to", window.to());
        Map<Long, List<TimelineEntry>> byRecommendation = new LinkedHashMap<>();
        for (TimelineEntry e : query.getResultList()) {
            byRecommendation.computeIfAbsent(e.recommendationId(), k -> new ArrayList<>()).add(e);
        }
        return byRecommendation;
    }

    private static TimelineMilestone milestone(TimelineEntry e, MilestoneLabel label, String ownerName) {
        return new TimelineMilestone(e.milestoneId(), e.recommendationId(), label.name(), label.ownerCode(), ownerName,
                e.countryIso2(), e.plannedStart(), e.baselineDue(), e.currentDue(), e.completedOn(), e.status(),
                e.progress(), e.slippageDays());
    }

    private List<String> themes(Long planId) {
        return entities.createQuery("select distinct m.theme from MilestoneCompliance m where m.planId = :plan "
                + "order by m.theme", String.class).setParameter("plan", planId).getResultList();
    }

    /** Owner organisations of the plan's milestones in force, by name. */
    private Map<Long, String> organisations(Long planId) {
        List<Long> ids = entities.createQuery("select distinct m.ownerOrganisationId from MilestoneCompliance m "
                + "where m.planId = :plan", Long.class).setParameter("plan", planId).getResultList();
        Map<Long, String> byName = new LinkedHashMap<>();
        ids.stream().map(organisations::get).sorted(Comparator.comparing(Organisation::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(o -> byName.put(o.getId(), o.getName()));
        return byName;
    }

    private static String where(TimelineRequest request, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("m.planId = :plan");
        parameters.put("plan", request.planId());
        if (request.theme() != null) {
            conditions.add("m.theme = :theme");
            parameters.put("theme", request.theme());
        }
        if (request.organisationId() != null) {
            conditions.add("m.ownerOrganisationId = :owner");
            parameters.put("owner", request.organisationId());
        }
        return " where " + String.join(" and ", conditions);
    }

    private static LocalDate latest(LocalDate... days) {
        return Stream.of(days).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }
}
