package org.mixedmovements.tracker.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.ComplianceStatus;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns work items into what lists show: each with its recommendation, milestone, days late and holder. The lists'
 * order (late milestone work first, then by due date, then oldest first) is the database's ({@code WorkItems}).
 */
@Component
class TaskCards {

    private final RecommendationService recommendations;
    private final ImplementationPlanService plans;
    private final WorkingGroupDecisions decisions;
    private final PlanService planSettings;
    private final UserDetailsService users;
    private final Clock clock;
    private final ProgressReportQueries progressReports;

    TaskCards(RecommendationService recommendations, ImplementationPlanService plans, WorkingGroupDecisions decisions,
              PlanService planSettings, UserDetailsService users, Clock clock, ProgressReportQueries progressReports) {
        this.progressReports = progressReports;
        this.recommendations = recommendations;
        this.plans = plans;
        this.decisions = decisions;
        this.planSettings = planSettings;
        this.users = users;
        this.clock = clock;
    }

    /** The milestone of a task, with its status from the read model, for {@link #entry}. */
    MilestoneRow milestone(Long milestoneId) {
        return plans.milestoneRow(milestoneId);
    }

    TaskCard card(WorkItem item) {
        return card(item, item.milestoneId() == null ? null : plans.milestoneRow(item.milestoneId()));
    }

    TaskEntry entry(WorkItem item, MilestoneRow milestone, TrackerUser user, Map<String, String> names) {
        TaskCard card = card(item, milestone);
        Set<String> mine = WorkGroups.of(user);
        String me = user.getUsername();
        String holder = item.assignee();
        boolean heldByMe = me.equals(holder);
        boolean offeredToMe = item.offeredToAny(mine);
        long daysLate = 0;
        if (isOverdue(milestone)) {
            LocalDate today = ComplianceRules.today(clock.instant(),
                    planSettings.get(recommendations.summary(item.recommendationId()).planId()).zone());
            daysLate = ComplianceRules.daysLate(milestone.currentDue(), today);
        }
        // a decision is the organisation's: any of its representatives votes, so there is nothing to claim
        boolean canClaim = holder == null && offeredToMe && !item.kind().isDecision();
        return new TaskEntry(card, holder, holder == null ? null : names.computeIfAbsent(holder, this::displayName),
                heldByMe, canClaim, offeredToMe && (holder == null || heldByMe), daysLate,
                milestone == null ? null : milestone.reportedStatus());
    }

    /** A fresh cache for {@link #entry}: one lookup per holder and list. */
    static Map<String, String> names() {
        return new HashMap<>();
    }

    private String displayName(String username) {
        try {
            return ((TrackerUser) users.loadUserByUsername(username)).displayName();
        } catch (UsernameNotFoundException | ClassCastException gone) {
            return username;
        }
    }

    private TaskCard card(WorkItem item, MilestoneRow m) {
        RecommendationSummary r = recommendations.summary(item.recommendationId());
        DecisionType decisionType = item.decisionId() == null ? null : decisions.type(item.decisionId());
        // a progress report is due on its own date
        LocalDate due = item.progressReportId() != null ? progressReports.get(item.progressReportId()).dueDate()
                : dueOf(m);
        return new TaskCard(item.id(), item.kind(), r.id(), r.code(), r.title(), r.leadOrganisationCode(),
                m == null ? null : m.id(), m == null ? null : m.name(), due,
                m == null ? null : m.compliance(), m == null ? 0 : m.progress(), item.decisionId(), decisionType,
                item.created());
    }

    private static boolean isOverdue(MilestoneRow m) {
        return m != null && m.compliance() == ComplianceStatus.OVERDUE;
    }

    private static LocalDate dueOf(MilestoneRow m) {
        return m == null ? null : m.currentDue();
    }
}
