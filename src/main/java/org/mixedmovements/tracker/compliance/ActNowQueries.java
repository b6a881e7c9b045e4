package org.mixedmovements.tracker.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mixedmovements.tracker.account.UserDirectory;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.milestone.ComplianceRules;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.organisation.Organisation;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.progressreport.ProgressReportQueries;
import org.mixedmovements.tracker.progressreport.ProgressReportRow;
import org.mixedmovements.tracker.recommendation.RecommendationLabels;
import org.mixedmovements.tracker.recommendation.RecommendationLabels.RecommendationLabel;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.workflow.TaskReassignment;
import org.mixedmovements.tracker.workinggroup.DecisionBoard;
import org.mixedmovements.tracker.workinggroup.DecisionProgress;
import org.mixedmovements.tracker.workinggroup.DecisionRule;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's "Who must act now": a plan's open decisions, overdue milestones, plans to draft, progress reports
 * owed and meetings' action points past due in one list ({@link OverdueActionPoints}, which the meeting module gives),
 * oldest and most urgent first, each with the organisations that must act. Bounded: decisions and overdue milestones
 * are read most urgent first, a page of {@link #SHOWN} rows at most, and counted in the database, so the cost does not
 * grow with the milestones; plans to draft come from the plan's list of recommendations.
 *
 * <p>Order: work with a date first, by that date (an overdue milestone's due date, a vote's or an objection period's
 * last day, the last day of a vote that closed without its quorum, a progress report's due date), oldest first, so what is late comes before what is
 * still running; then decisions taken by consensus at a meeting, which have no last day, oldest first; then the
 * recommendations whose lead drafts its plan, in the plan's order. Decisions and overdue milestones are each read in
 * the order {@link DecisionBoard#open} and {@link DashboardQueries#overdue} give them, which agrees with this one, so
 * merging their first pages gives the true first rows.
 */
@Service
@Transactional(readOnly = true)
public class ActNowQueries {

    /** How many rows the list shows at most. */
    public static final int SHOWN = 10;

    private final DecisionBoard decisions;
    private final DashboardQueries deadlines;
    private final RecommendationLabels labels;
    private final RecommendationService recommendationList;
    private final OrganisationService organisations;
    private final PlanService plans;
    private final MilestoneDeadlines deadlineEvents;
    private final TaskReassignment tasks;
    private final UserDirectory users;
    private final Clock clock;
    private final ProgressReportQueries progressReports;
    private final List<OverdueActionPoints> actionPoints;

    ActNowQueries(DecisionBoard decisions, DashboardQueries deadlines, RecommendationLabels labels,
                  RecommendationService recommendationList, OrganisationService organisations, PlanService plans,
                  MilestoneDeadlines deadlineEvents, TaskReassignment tasks, UserDirectory users, Clock clock,
                  ProgressReportQueries progressReports, List<OverdueActionPoints> actionPoints) {
        this.actionPoints = actionPoints;
        this.progressReports = progressReports;
        this.deadlineEvents = deadlineEvents;
        this.tasks = tasks;
        this.users = users;
        this.recommendationList = recommendationList;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.labels = labels;
        this.organisations = organisations;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * A candidate row with what orders it: its group (0 dated work, 1 consensus and other undated decisions, 2 plans to
     * draft), then by date, then overdue milestones before decisions, then the order its source gave it in.
     */
    private record Ranked(ActNowRow row, int group, int position) {
    }

    /** The plan's open work that someone must act on, most urgent first, at most {@link #SHOWN} rows. */
    public ActNowList forPlan(Long planId) {
        Plan plan = plans.get(planId);
        LocalDate today = ComplianceRules.today(clock.instant(), plan.zone());
        PageRequest first = PageRequest.of(0, SHOWN);
        Page<DecisionProgress> open = decisions.open(planId, first);
        Page<DeadlineRow> overdue = deadlines.overdue(ComplianceFilter.plan(planId), first);
        List<Organisation> all = organisations.all();
        Map<String, String> namesByCode = all.stream()
                .collect(Collectors.toMap(Organisation::getCode, Organisation::getName, (a, b) -> a));
        Map<Long, String> namesById = all.stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
        Map<Long, RecommendationLabel> recommendations = labels.recommendations(open.getContent().stream()
                .map(DecisionProgress::recommendationId).filter(Objects::nonNull).distinct().toList());

        List<Ranked> ranked = new ArrayList<>();
        int position = 0;
        Map<Long, String> assignees = tasks.workAssignees(overdue.getContent().stream()
                .map(DeadlineRow::milestoneId).toList());
        for (DeadlineRow row : overdue) {
            String person = assignees.containsKey(row.milestoneId()) ? users.enabledUser(
                    assignees.get(row.milestoneId())).map(TrackerUser::displayName).orElse(null) : null;
            ranked.add(new Ranked(new ActNowRow(ActNowRow.Kind.OVERDUE, null, row.recommendationCode(),
                    row.milestoneName(), List.of(namesById.getOrDefault(row.ownerOrganisationId(),
                            row.ownerOrganisationCode())), row.currentDue(), row.daysLate(),
                    "recommendations/" + row.recommendationId(), person, escalation(row), null), 0, position++));
        }
        // a decision is read on its Approvals card by those who may open it (members, the secretariat), on its
        // recommendation's page by everyone else
        boolean mayOpenApprovals = CurrentUser.find()
                .filter(user -> user.has(Role.WG_MEMBER) || user.has(Role.SECRETARIAT)).isPresent();
        position = 0;
        for (DecisionProgress d : open) {
            ranked.add(decision(d, position++, today, recommendations, code -> namesByCode.getOrDefault(code, code),
                    mayOpenApprovals));
        }
        List<RecommendationSummary> drafting = recommendationList.list(planId).stream()
                .filter(r -> r.status() == RecommendationStatus.PLANNING).toList();
        position = 0;
        for (RecommendationSummary r : drafting.subList(0, Math.min(SHOWN, drafting.size()))) {
            ranked.add(new Ranked(new ActNowRow(ActNowRow.Kind.PLAN_TO_DRAFT, null, r.code(), null,
                    r.leadOrganisationId() == null ? List.of() : List.of(namesById.getOrDefault(
                            r.leadOrganisationId(), r.leadOrganisationCode())), null, 0,
                    "recommendations/" + r.id(), null, null, null), 2, position++));
        }
        // reports owed are few (one per recommendation in implementation and period): all of them are ranked
        List<ProgressReportRow> reportsDue = progressReports.open(planId);
        position = 0;
        for (ProgressReportRow report : reportsDue) {
            boolean lead = CurrentUser.find().filter(user -> user.belongsTo(report.organisationId())).isPresent();
            ranked.add(new Ranked(new ActNowRow(ActNowRow.Kind.REPORT_DUE, null, report.recommendationCode(), null,
                    List.of(report.organisationName()), report.dueDate(),
                    ChronoUnit.DAYS.between(report.dueDate(), today),
                    lead ? "tasks" : "recommendations/" + report.recommendationId(), null,
                    report.escalated() ? DeadlineEventKind.ESCALATED_TO_SECRETARIAT : null, null), 0, position++));
        }
        // action points of the plan's meetings, past due and not done: read through the meeting module's port
        List<OverdueActionPoints.OverdueActionPoint> overduePoints = actionPoints.stream()
                .flatMap(port -> port.overdue(planId, today).stream()).toList();
        boolean mayOpenMeetings = mayOpenApprovals;
        position = 0;
        for (OverdueActionPoints.OverdueActionPoint point : overduePoints.subList(0, Math.min(SHOWN,
                overduePoints.size()))) {
            ranked.add(new Ranked(new ActNowRow(ActNowRow.Kind.ACTION_POINT, null, null, point.text(),
                    List.of(namesById.getOrDefault(point.ownerOrganisationId(), "?")), point.dueOn(),
                    ChronoUnit.DAYS.between(point.dueOn(), today),
                    mayOpenMeetings ? "meetings/" + point.meetingId() : "tasks", null, null, point.meetingTitle()),
                    0, position++));
        }
        List<ActNowRow> rows = ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::group)
                        .thenComparing(r -> r.row().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.row().kind() != ActNowRow.Kind.OVERDUE)
                        .thenComparingInt(Ranked::position))
                .limit(SHOWN).map(Ranked::row).toList();
        long total = open.getTotalElements() + overdue.getTotalElements() + drafting.size() + reportsDue.size()
                + overduePoints.size();
        return new ActNowList(rows, total - rows.size());
    }

    /** The latest escalation of the milestone at its current due date: an earlier date's was answered by a new one. */
    private DeadlineEventKind escalation(DeadlineRow row) {
        return deadlineEvents.eventsOf(row.milestoneId()).stream()
                .filter(e -> e.dueDate().equals(row.currentDue()))
                .map(MilestoneDeadlines.Event::kind)
                .filter(k -> k == DeadlineEventKind.ESCALATED_TO_SECRETARIAT || k == DeadlineEventKind.ESCALATED_TO_CHAIR)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static Ranked decision(DecisionProgress d, int position, LocalDate today,
                                   Map<Long, RecommendationLabel> recommendations, Function<String, String> name,
                                   boolean mayOpenApprovals) {
        ActNowRow.Kind kind;
        LocalDate date = d.lastDay();
        List<String> who = d.awaiting().stream().map(name).toList();
        if (d.quorumMissed()) {
            kind = ActNowRow.Kind.QUORUM_MISSED;
            who = List.of();
        } else if (d.rule() == DecisionRule.CONSENSUS) {
            kind = ActNowRow.Kind.CONSENSUS;
            date = d.openedOn();
            who = List.of();
        } else {
            kind = d.rule() == DecisionRule.NO_OBJECTION ? ActNowRow.Kind.OBJECTION : ActNowRow.Kind.VOTE;
        }
        // a consensus, and a vote opened before votes had a period, have no last day: they come after dated work
        int group = kind == ActNowRow.Kind.CONSENSUS || d.lastDay() == null ? 1 : 0;
        RecommendationLabel recommendation = d.recommendationId() == null ? null
                : recommendations.get(d.recommendationId());
        long daysLate = date == null ? 0 : ChronoUnit.DAYS.between(date, today);
        return new Ranked(new ActNowRow(kind, d.type().name(), recommendation == null ? "" : recommendation.code(),
                null, who, date, daysLate, mayOpenApprovals || d.recommendationId() == null ? "approvals/" + d.id()
                        : "recommendations/" + d.recommendationId(), null, null, null), group, position);
    }
}
