package org.mixedmovements.tracker.compliance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.MilestoneLabel;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-model queries behind the dashboard's lists and matrix (reports and the API may use them too): the overdue
 * milestones most late first, the milestones due soon, and the figures per recommendation and country. The database
 * filters, sorts, pages and counts (indexes by plan and status, and by plan and due date); only a page of rows is read.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    private static final String ROW = "select m.milestoneId, m.recommendationId, m.ownerOrganisationId, m.countryIso2, "
            + "m.currentDue, m.complianceStatus, m.progress, m.planZone from MilestoneCompliance m";
    private static final List<ComplianceStatus> CLOSED = List.of(ComplianceStatus.COMPLETED_ON_TIME,
            ComplianceStatus.COMPLETED_LATE, ComplianceStatus.NOT_IMPLEMENTED);

    private final EntityManager entities;
    private final RecommendationLabels labels;
    private final PlanService plans;
    private final Clock clock;

    DashboardQueries(EntityManager entities, RecommendationLabels labels, PlanService plans, Clock clock) {
        this.entities = entities;
        this.labels = labels;
        this.plans = plans;
        this.clock = clock;
    }

    /** The overdue milestones the filter selects, most late first (then by milestone), one page at a time. */
    public Page<DeadlineRow> overdue(ComplianceFilter filter, Pageable page) {
        return page(overdueCondition(filter), page);
    }

    public long countOverdue(ComplianceFilter filter) {
        return count(overdueCondition(filter));
    }

    /**
     * The milestones the filter selects that are not completed and fall due from today to {@code days} days after it,
     * today being the plan's date in its time zone; soonest first. The filter must name a plan.
     */
    public Page<DeadlineRow> dueWithin(ComplianceFilter filter, int days, Pageable page) {
        return page(dueCondition(filter, days), page);
    }

    public long countDueWithin(ComplianceFilter filter, int days) {
        return count(dueCondition(filter, days));
    }

    /** A JPQL condition on the read model alias {@code m} and its parameters. */
    private record Condition(String where, Map<String, Object> parameters) {
    }

    private static Condition overdueCondition(ComplianceFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = and(ComplianceQueries.where(filter, parameters), "m.complianceStatus = :overdue");
        parameters.put("overdue", ComplianceStatus.OVERDUE);
        return new Condition(where, parameters);
    }

    private Condition dueCondition(ComplianceFilter filter, int days) {
        Objects.requireNonNull(filter.planId(), "a plan: due dates are calendar dates in its time zone");
        LocalDate today = ComplianceRules.today(clock.instant(), plans.get(filter.planId()).zone());
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = and(ComplianceQueries.where(filter, parameters),
                "m.currentDue between :today and :until and m.complianceStatus not in :closed");
        parameters.put("today", today);
        parameters.put("until", today.plusDays(days));
        parameters.put("closed", CLOSED);
        return new Condition(where, parameters);
    }

    /** The figures per recommendation and country of the milestones the filter selects that have a country. */
    public List<MatrixCell> byRecommendationAndCountry(ComplianceFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = and(ComplianceQueries.where(filter, parameters), "m.countryIso2 is not null");
        TypedQuery<Object[]> query = entities.createQuery("select m.recommendationId, m.countryIso2, "
                + "m.complianceStatus, count(m), sum(m.progress) from MilestoneCompliance m" + where
                + " group by m.recommendationId, m.countryIso2, m.complianceStatus", Object[].class);
        parameters.forEach(query::setParameter);
        Map<List<Object>, long[]> totals = new LinkedHashMap<>();
        Map<List<Object>, Map<ComplianceStatus, Long>> statuses = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            List<Object> key = List.of(row[0], row[1]);
            long count = ((Number) row[3]).longValue();
            long[] t = totals.computeIfAbsent(key, k -> new long[2]);
            t[0] += count;
            t[1] += ((Number) row[4]).longValue();
            statuses.computeIfAbsent(key, k -> new EnumMap<>(ComplianceStatus.class)).put((ComplianceStatus) row[2], count);
        }
        List<MatrixCell> cells = new ArrayList<>();
        totals.forEach((key, t) -> {
            Map<ComplianceStatus, Long> byStatus = statuses.get(key);
            cells.add(new MatrixCell((Long) key.get(0), (String) key.get(1), t[0], (int) (t[1] / t[0]),
                    WorstStatus.of(byStatus.keySet()), byStatus));
        });
        return cells;
    }

    private Page<DeadlineRow> page(Condition condition, Pageable requested) {
        Pageable page = requested.isPaged()
                ? PageRequest.of(requested.getPageNumber(), Math.min(requested.getPageSize(), ComplianceQueries.MAX_PAGE))
                : PageRequest.of(0, ComplianceQueries.MAX_PAGE);
        TypedQuery<Object[]> query = entities.createQuery(ROW + condition.where()
                + " order by m.currentDue, m.milestoneId", Object[].class);
        condition.parameters().forEach(query::setParameter);
        query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        // counted only when the page cannot tell (a first page that is not full is the whole list)
        return PageableExecutionUtils.getPage(label(query.getResultList()), page, () -> count(condition));
    }

    private long count(Condition condition) {
        TypedQuery<Long> count = entities.createQuery("select count(m) from MilestoneCompliance m" + condition.where(),
                Long.class);
        condition.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Adds names and codes to one page of rows: one look-up per kind for the whole page. */
    private List<DeadlineRow> label(List<Object[]> rows) {
        Map<Long, MilestoneLabel> milestones = labels.milestones(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, RecommendationLabel> recommendations =
                labels.recommendations(rows.stream().map(r -> (Long) r[1]).distinct().toList());
        Map<String, LocalDate> todays = new HashMap<>();
        return rows.stream().map(r -> {
            MilestoneLabel milestone = milestones.get((Long) r[0]);
            LocalDate due = (LocalDate) r[4];
            LocalDate today = todays.computeIfAbsent((String) r[7],
                    zone -> ComplianceRules.today(clock.instant(), ZoneId.of(zone)));
            return new DeadlineRow((Long) r[0], milestone.name(), (Long) r[1],
                    recommendations.get((Long) r[1]).code(), (Long) r[2], milestone.ownerCode(), (String) r[3], due,
                    ChronoUnit.DAYS.between(due, today), (ComplianceStatus) r[5], ((Number) r[6]).intValue());
        }).toList();
    }

    private static String and(String where, String condition) {
        return (where.isEmpty() ? " where " : where + " and ") + condition;
    }
}
