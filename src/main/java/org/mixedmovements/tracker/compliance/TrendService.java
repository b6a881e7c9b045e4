package org.mixedmovements.tracker.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.audit.AuditLog;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.PlannedRecommendation;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each plan's figures per day (the trend) and reads them. Every hour, with the read model's re-evaluation,
 * today's row (the plan's time zone) is written from the present state and the rows of days that ended since the last
 * run are closed from the history ({@link PlanHistory}), so a change in a day's last hour still counts on that day.
 * When the table is empty (first start) or on demand, the whole past is rebuilt from the history. Running it twice
 * writes nothing. See docs/compliance.md, "Figures over time".
 */
@Service
@Transactional(readOnly = true)
public class TrendService {

    private static final Logger log = LoggerFactory.getLogger(TrendService.class);

    private final PlanDayFiguresRepository days;
    private final MilestoneComplianceRepository milestones;
    private final RecommendationService recommendations;
    private final PlanService plans;
    private final AuditLog audit;
    private final Clock clock;

    TrendService(PlanDayFiguresRepository days, MilestoneComplianceRepository milestones,
               RecommendationService recommendations, PlanService plans, AuditLog audit, Clock clock) {
        this.days = days;
        this.milestones = milestones;
        this.recommendations = recommendations;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /** Brings every plan's rows up to today; rebuilds them all when the table is empty. Returns the rows written. */
    @Scheduled(cron = "${tracker.compliance.reevaluation-cron:0 5 * * * *}")
    @Transactional
    public int keep() {
        if (days.count() == 0) {
            return rebuild();
        }
        int written = plans.all().stream().mapToInt(this::keep).sum();
        if (written > 0) {
            log.info("Trend: {} day(s) of figures written", written);
        }
        return written;
    }

    /** Rebuilds every plan's rows from the history. Returns the rows written. */
    @Transactional
    public int rebuild() {
        int written = plans.all().stream().mapToInt(this::rebuild).sum();
        log.info("Trend rebuilt from the history: {} day(s) of figures", written);
        return written;
    }

    /** The plan's figures over the last twelve months, as kept. */
    public PlanTrend trend(Plan plan) {
        LocalDate today = today(plan.zone());
        LocalDate from = today.minusYears(1).plusDays(1);
        return new PlanTrend(plan.zone(), from, today,
                days.between(plan.getId(), from, today).stream().map(PlanDayFigures::figures).toList());
    }

    /**
     * The acceptance and implementation of some of a plan's recommendations (the public page's: only those
     * published) at the end of each of the last twelve months and today, oldest first, from their history. Only the
     * recommendation figures are counted: the milestone figures of these rows are zero.
     */
    public List<DayFigures> implementationOf(Long planId, Collection<Long> recommendationIds) {
        Plan plan = plans.get(planId);
        Map<Long, RecommendationStatus> statuses = statuses(plan);
        statuses.keySet().retainAll(new HashSet<>(recommendationIds));
        if (statuses.isEmpty()) {
            return List.of();
        }
        PlanHistory history = new PlanHistory(plan.zone(), statuses, List.of(),
                audit.recordsAbout(PlannedRecommendation.AUDIT_SUBJECT, statuses.keySet()));
        LocalDate today = today(plan.zone());
        List<DayFigures> rows = new ArrayList<>();
        for (int back = 12; back >= 1; back--) {
            rows.add(history.on(YearMonth.from(today).minusMonths(back).atEndOfMonth()));
        }
        rows.add(history.on(today));
        return rows;
    }

    /** Every row of the plan as kept, oldest first: for checking the kept rows against a rebuild. */
    public List<DayFigures> keptRows(Long planId) {
        return days.ofPlan(planId).stream().map(PlanDayFigures::figures).toList();
    }

    /** What a rebuild would write for the plan, without writing it. */
    public List<DayFigures> rebuiltRows(Long planId) {
        Plan plan = plans.get(planId);
        PlanHistory history = history(plan);
        LocalDate today = today(plan.zone());
        return history.firstDay().filter(first -> first.isBefore(today)).orElse(today).datesUntil(today.plusDays(1))
                .map(history::on).toList();
    }

    private int keep(Plan plan) {
        LocalDate today = today(plan.zone());
        Optional<LocalDate> last = days.lastDayUpTo(plan.getId(), today);
        if (last.isEmpty() && !days.existsByKeyPlanId(plan.getId())) {
            return rebuild(plan); // a new plan: its past from the history
        }
        int written = 0;
        if (last.isPresent() && last.get().isBefore(today)) {
            PlanHistory history = history(plan);
            for (LocalDate day = last.get(); day.isBefore(today); day = day.plusDays(1)) {
                written += write(plan.getId(), history.on(day));
            }
        }
        return written + write(plan.getId(), present(plan, today));
    }

    private int rebuild(Plan plan) {
        days.deleteOfPlan(plan.getId());
        List<DayFigures> rows = rebuiltRows(plan.getId());
        rows.forEach(row -> days.save(new PlanDayFigures(plan.getId(), row)));
        return rows.size();
    }

    /** Writes the day's row when it is new or its figures changed; returns 1 if written. */
    private int write(Long planId, DayFigures figures) {
        Optional<PlanDayFigures> kept = days.findById(new PlanDayFigures.Key(planId, figures.day()));
        if (kept.isEmpty()) {
            days.save(new PlanDayFigures(planId, figures));
            return 1;
        }
        return kept.get().set(figures) ? 1 : 0;
    }

    /** Today's figures from the present state: the recommendations' statuses and the read model's dates. */
    private DayFigures present(Plan plan, LocalDate today) {
        int accepted = 0;
        int implemented = 0;
        for (RecommendationStatus status : statuses(plan).values()) {
            Optional<Implementation> stage = Implementation.of(status);
            accepted += stage.isPresent() ? 1 : 0;
            implemented += stage.filter(Implementation::implemented).isPresent() ? 1 : 0;
        }
        int done = 0;
        int onTime = 0;
        int overdue = 0;
        int planned = 0;
        for (PlanHistory.MilestoneDates m : dates(plan)) {
            if (m.completedOn() != null) {
                done++;
                onTime += m.completedOn().isAfter(m.currentDue()) ? 0 : 1;
            } else if (today.isAfter(m.currentDue())) {
                overdue++;
            }
            planned += m.baselineDue().isAfter(today) ? 0 : 1;
        }
        return new DayFigures(today, accepted, implemented, done, onTime, overdue, planned);
    }

    private PlanHistory history(Plan plan) {
        Map<Long, RecommendationStatus> statuses = statuses(plan);
        return new PlanHistory(plan.zone(), statuses, dates(plan),
                audit.recordsAbout(PlannedRecommendation.AUDIT_SUBJECT, statuses.keySet()));
    }

    private Map<Long, RecommendationStatus> statuses(Plan plan) {
        Map<Long, RecommendationStatus> statuses = new HashMap<>();
        for (RecommendationSummary r : recommendations.list(plan.getId())) {
            statuses.put(r.id(), r.status());
        }
        return statuses;
    }

    private List<PlanHistory.MilestoneDates> dates(Plan plan) {
        return milestones.datesOfPlan(plan.getId()).stream()
                .map(row -> new PlanHistory.MilestoneDates((Long) row[0], (LocalDate) row[1], (LocalDate) row[2],
                        (LocalDate) row[3]))
                .toList();
    }

    private LocalDate today(ZoneId zone) {
        return ComplianceRules.today(clock.instant(), zone);
    }
}
