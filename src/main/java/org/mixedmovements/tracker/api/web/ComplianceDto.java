package org.mixedmovements.tracker.api.web;

import java.time.LocalDate;
import java.util.Map;
import org.mixedmovements.tracker.compliance.DashboardSelection;
import org.mixedmovements.tracker.compliance.DashboardSnapshot;
import org.mixedmovements.tracker.compliance.RollUp;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.recommendation.CoordinationLevel;

/**
 * The dashboard's figures for a selection (docs/compliance.md), from the compliance read model: the milestones in
 * force it selects, by compliance status; their mean progress; the on-time rate (null before any completion);
 * slippage; how many are overdue and how many fall due within {@code dueSoonDays} days.
 */
record ComplianceDto(Long planId, String planCode, String planTitle, LocalDate today, String theme,
                     CoordinationLevel level, String organisation, String country, long milestones,
                     Map<ComplianceStatus, Long> byStatus, int progress, Integer onTimeRate, long slipped,
                     long slippageDays, long overdue, long dueSoon, int dueSoonDays) {

    static ComplianceDto of(DashboardSelection selection, DashboardSnapshot snapshot, long overdue, long dueSoon,
                            int dueSoonDays) {
        RollUp total = snapshot.total();
        return new ComplianceDto(snapshot.planId(), selection.plan().getCode(), snapshot.planTitle(), snapshot.today(),
                selection.theme(), selection.level(),
                selection.organisation() == null ? null : selection.organisation().getCode(), selection.country(),
                total.milestones(), total.byStatus(), total.progress(), total.onTimeRate(), total.slipped(),
                total.slippageDays(), overdue, dueSoon, dueSoonDays);
    }
}
