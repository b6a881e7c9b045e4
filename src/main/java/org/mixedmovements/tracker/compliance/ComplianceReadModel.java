package org.mixedmovements.tracker.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.MilestoneEvent;
import org.mixedmovements.tracker.recommendation.MilestoneFacts;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the compliance read model current: every milestone change updates its row in the same transaction (a
 * synchronous listener, so no change can be lost between the domain and the model), a daily re-evaluation moves the
 * statuses that change with time (at risk, overdue) in each plan's time zone, and a rebuild recomputes every row from
 * the domain tables.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceReadModel {

    private static final Logger log = LoggerFactory.getLogger(ComplianceReadModel.class);

    private final MilestoneComplianceRepository rows;
    private final RecommendationService recommendations;
    private final Clock clock;

    ComplianceReadModel(MilestoneComplianceRepository rows, RecommendationService recommendations, Clock clock) {
        this.rows = rows;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** Any change of a milestone (the milestone registers it, see {@code MilestoneEvent}) refreshes its row. */
    @EventListener
    @Transactional
    public void on(MilestoneEvent changed) {
        refresh(changed.milestoneId());
    }

    /** Brings one milestone's row in line with the domain: written if the milestone is in force, removed if not. */
    @Transactional
    public void refresh(Long milestoneId) {
        MilestoneFacts facts = recommendations.milestoneFacts(milestoneId);
        if (!facts.inForce()) {
            rows.findById(milestoneId).ifPresent(rows::delete);
            return;
        }
        MilestoneCompliance row = rows.findById(milestoneId).orElseGet(() -> new MilestoneCompliance(milestoneId));
        row.update(facts, ComplianceRules.today(clock.instant(), facts.planZone()));
        rows.save(row);
    }

    /**
     * Re-evaluates every row not yet evaluated today in its plan's time zone. Runs every hour, so each plan's new day
     * is picked up within the hour after its midnight; running it twice changes nothing. Returns the rows re-evaluated.
     */
    @Scheduled(cron = "${tracker.compliance.reevaluation-cron:0 5 * * * *}")
    @Transactional
    public int reevaluate() {
        // no plan's today is later than today at UTC+14: older rows are the candidates, each checked in its own zone
        LocalDate latestToday = ComplianceRules.today(clock.instant(), ZoneOffset.ofHours(14));
        int changed = 0;
        for (MilestoneCompliance row : rows.findByEvaluatedOnBefore(latestToday)) {
            LocalDate today = ComplianceRules.today(clock.instant(), row.zone());
            if (row.getEvaluatedOn().isBefore(today)) {
                row.evaluate(today);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("Compliance re-evaluated for {} milestone(s)", changed);
        }
        return changed;
    }

    /** Recomputes the whole model from the domain tables. */
    @Transactional
    public int rebuild() {
        rows.deleteAllInBatch();
        List<Long> ids = recommendations.milestoneIdsInForce();
        ids.forEach(this::refresh);
        return ids.size();
    }

    /** Whether the model has a row for exactly the milestones in force (ids only: cheap enough for start-up). */
    public boolean coversMilestonesInForce() {
        return rows.findAllMilestoneIds().equals(new HashSet<>(recommendations.milestoneIdsInForce()));
    }

    /** What a rebuild would write, row by row, compared as text: for checking the kept model. */
    public Map<Long, String> expectedRows() {
        Map<Long, String> expected = new TreeMap<>();
        for (Long id : recommendations.milestoneIdsInForce()) {
            MilestoneFacts facts = recommendations.milestoneFacts(id);
            MilestoneCompliance row = new MilestoneCompliance(id);
            row.update(facts, ComplianceRules.today(clock.instant(), facts.planZone()));
            expected.put(id, row.signature());
        }
        return expected;
    }

    /** The rows as kept, compared as text. */
    public Map<Long, String> keptRows() {
        Map<Long, String> kept = new TreeMap<>();
        rows.findAll().forEach(r -> kept.put(r.getMilestoneId(), r.signature()));
        return kept;
    }
}
