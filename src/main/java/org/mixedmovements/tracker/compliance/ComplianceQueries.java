package org.mixedmovements.tracker.compliance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance service API for the other features (dashboard, reports, REST API): roll-ups and paged lists of the
 * read model, filtered. Everything is counted by the database; nothing here loads a whole table.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceQueries {

    static final int MAX_PAGE = 500;

    private final EntityManager entities;

    ComplianceQueries(EntityManager entities) {
        this.entities = entities;
    }

    /** The figures per group of the dimension, for the milestones the filter selects. */
    public List<RollUp> rollUp(Dimension dimension, ComplianceFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Object[]> query = entities.createQuery("select m." + dimension.field + ", m.complianceStatus, count(m), "
                + "sum(m.progress), sum(case when m.slippageDays <> 0 then 1 else 0 end), sum(m.slippageDays) "
                + "from MilestoneCompliance m" + where + " group by m." + dimension.field + ", m.complianceStatus "
                + "order by m." + dimension.field, Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<ComplianceStatus, Long>> byStatus = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            String key = row[0] == null ? "REGIONAL" : row[0].toString();
            long[] t = totals.computeIfAbsent(key, k -> new long[4]);
            long count = ((Number) row[2]).longValue();
            t[0] += count;
            t[1] += ((Number) row[3]).longValue();
            t[2] += ((Number) row[4]).longValue();
            t[3] += ((Number) row[5]).longValue();
            byStatus.computeIfAbsent(key, k -> new EnumMap<>(ComplianceStatus.class)).put((ComplianceStatus) row[1], count);
        }
        List<RollUp> result = new ArrayList<>();
        totals.forEach((key, t) -> {
            Map<ComplianceStatus, Long> statuses = byStatus.get(key);
            result.add(new RollUp(key, t[0], statuses, (int) (t[1] / t[0]), onTimeRate(statuses), t[2], t[3]));
        });
        return result;
    }

    /** The figures of everything the filter selects, as one group. */
    public RollUp total(ComplianceFilter filter) {
        List<RollUp> plans = rollUp(Dimension.PLAN, filter);
        if (plans.size() == 1) {
            return plans.get(0);
        }
        Map<ComplianceStatus, Long> statuses = new EnumMap<>(ComplianceStatus.class);
        long milestones = 0;
        long progress = 0;
        long slipped = 0;
        long days = 0;
        for (RollUp r : plans) {
            r.byStatus().forEach((s, c) -> statuses.merge(s, c, Long::sum));
            milestones += r.milestones();
            progress += (long) r.progress() * r.milestones();
            slipped += r.slipped();
            days += r.slippageDays();
        }
        return new RollUp("ALL", milestones, statuses, milestones == 0 ? 0 : (int) (progress / milestones),
                onTimeRate(statuses), slipped, days);
    }

    /** Completed on time among all completed, in percent rounded down; null before the first completion. */
    private static Integer onTimeRate(Map<ComplianceStatus, Long> statuses) {
        long onTime = statuses.getOrDefault(ComplianceStatus.COMPLETED_ON_TIME, 0L);
        long late = statuses.getOrDefault(ComplianceStatus.COMPLETED_LATE, 0L);
        return onTime + late == 0 ? null : (int) (onTime * 100 / (onTime + late));
    }

    /** The milestones the filter selects, late first then by due date, one page at a time (at most 500 rows). */
    public Page<MilestoneComplianceView> milestones(ComplianceFilter filter, Pageable page) {
        int size = Math.min(page.getPageSize(), MAX_PAGE);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<MilestoneComplianceView> query = entities.createQuery("select new "
                + MilestoneComplianceView.class.getName() + "(m.milestoneId, m.recommendationId, m.ownerOrganisationId, "
                + "m.countryIso2, m.baselineDue, m.currentDue, m.completedOn, m.reportedStatus, m.progress, "
                + "m.complianceStatus, m.slippageDays) from MilestoneCompliance m" + where
                + " order by case when m.complianceStatus = :overdue then 0 else 1 end, m.currentDue, m.milestoneId",
                MilestoneComplianceView.class);
        TypedQuery<Long> count = entities.createQuery("select count(m) from MilestoneCompliance m" + where, Long.class);
        parameters.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        query.setParameter("overdue", ComplianceStatus.OVERDUE);
        query.setFirstResult((int) page.getOffset()).setMaxResults(size);
        return new PageImpl<>(query.getResultList(), Pageable.ofSize(size).withPage(page.getPageNumber()),
                count.getSingleResult());
    }

    /** The JPQL condition (" where ...", or nothing) on the read model alias {@code m} for the filter. */
    static String where(ComplianceFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        add(conditions, parameters, "planId", filter.planId());
        add(conditions, parameters, "recommendationId", filter.recommendationId());
        add(conditions, parameters, "theme", filter.theme());
        add(conditions, parameters, "coordinationLevel", filter.level());
        add(conditions, parameters, "ownerOrganisationId", filter.organisationId());
        if ("REGIONAL".equals(filter.countryIso2())) {
            conditions.add("m.countryIso2 is null");
        } else {
            add(conditions, parameters, "countryIso2", filter.countryIso2());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            conditions.add("m." + field + " = :" + field);
            parameters.put(field, value);
        }
    }
}
