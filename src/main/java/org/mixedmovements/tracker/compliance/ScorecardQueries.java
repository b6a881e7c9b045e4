package org.mixedmovements.tracker.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.organisation.WorkAssigners;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation scorecard of a dashboard selection: for each organisation that owns milestones of it, is awaited
 * in one of the plan's open votes or owes a progress report past its due date, its figures ({@link ScorecardRow}). The secretariat, the chair and administrators
 * see every organisation; anyone else sees only their own, so an agency compares itself with nobody else by name.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardQueries {

    private final ComplianceQueries compliance;
    private final DecisionBoard decisions;
    private final OrganisationService organisations;
    private final WorkAssigners assigners;
    private final ProgressReportQueries reports;

    ScorecardQueries(ComplianceQueries compliance, DecisionBoard decisions, OrganisationService organisations,
                     WorkAssigners assigners, ProgressReportQueries reports) {
        this.reports = reports;
        this.compliance = compliance;
        this.decisions = decisions;
        this.organisations = organisations;
        this.assigners = assigners;
    }

    /** Whether the signed-in user sees every organisation's scorecard, not only their own. */
    public boolean seesAll() {
        return CurrentUser.find().filter(u -> u.has(Role.ADMIN) || assigners.mayAssign(u)).isPresent();
    }

    /** The scorecards of the selection, by organisation name; for most users only their own organisation's. */
    public List<ScorecardRow> of(DashboardSelection selection) {
        Optional<TrackerUser> user = CurrentUser.find();
        if (user.isEmpty()) {
            return List.of();
        }
        boolean all = seesAll();
        Map<Long, RollUp> milestones = new HashMap<>();
        for (RollUp r : compliance.rollUp(Dimension.ORGANISATION, selection.filter())) {
            milestones.put(Long.valueOf(r.key()), r);
        }
        Map<String, Long> votesNotCast = votesNotCast(selection.plan().getId());
        Map<Long, Long> reportsMissing = new HashMap<>();
        reports.missing(selection.plan().getId())
                .forEach(r -> reportsMissing.merge(r.organisationId(), 1L, Long::sum));
        List<ScorecardRow> rows = new ArrayList<>();
        for (Organisation organisation : organisations.all()) {
            if (!all && !user.get().belongsTo(organisation.getId())) {
                continue;
            }
            if (selection.organisation() != null && !selection.organisation().getId().equals(organisation.getId())) {
                continue;
            }
            RollUp r = milestones.get(organisation.getId());
            long votes = votesNotCast.getOrDefault(organisation.getCode(), 0L);
            long missing = reportsMissing.getOrDefault(organisation.getId(), 0L);
            if (r == null && votes == 0 && missing == 0 && all) {
                continue; // nothing to score: not listed among the others
            }
            rows.add(r == null
                    ? new ScorecardRow(organisation.getId(), organisation.getCode(), organisation.getName(), 0,
                            Map.of(), null, 0, 0, votes, missing)
                    : new ScorecardRow(organisation.getId(), organisation.getCode(), organisation.getName(),
                            r.milestones(), r.byStatus(), r.onTimeRate(), r.slipped(), r.slippageDays(), votes,
                            missing));
        }
        rows.sort(Comparator.comparing(ScorecardRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** For each organisation code, the plan's open majority votes that still await it (all pages). */
    private Map<String, Long> votesNotCast(Long planId) {
        Map<String, Long> counts = new HashMap<>();
        int pageNumber = 0;
        Page<DecisionProgress> page;
        do {
            page = decisions.open(planId, PageRequest.of(pageNumber++, 100));
            for (DecisionProgress d : page) {
                if (d.rule() == DecisionRule.MAJORITY && !d.quorumMissed()) {
                    d.awaiting().forEach(code -> counts.merge(code, 1L, Long::sum));
                }
            }
        } while (page.hasNext());
        return counts;
    }
}
