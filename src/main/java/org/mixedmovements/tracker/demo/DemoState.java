package org.mixedmovements.tracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.compliance.ComplianceReadModel;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.Plan;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.publication.PublicationService;
import org.mixedmovements.tracker.progressreport.ProgressReportDraft;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.Predecessor;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.recommendation.RecommendationStatus;
import org.mixedmovements.tracker.recommendation.RecommendationSummary;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.EngineTimeTravel;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Replays about seven months of a working group's follow-up of the shipped plan, dated back from today, through the
 * same services the views call and the real processes (votes, timers, escalations). Runs once, on the first start of
 * the demo profile, before the job executor starts; the audit log records every step as "demo data" by the demo users.
 * <p>
 * What it leaves (days relative to today in the plan's zone): R2 with a milestone done on time and one done late; R3
 * not accepted; R5 with a milestone done on time after the group's no-objection, one overdue and escalated, one at
 * risk; R6 with an open vote on its response; R8 waiting for its lead's plan; R12 with an open vote on its plan; R14
 * rolled out in Colombia (overdue), Peru (evidence waiting for the group; on track) and Guatemala (at risk, with a
 * pending deadline change). Quarterly progress reports: OCHA's on R2 and IOM's on R14 submitted, IOM's on R5 missing
 * and escalated. The plan's public progress page is online with R2, R5 and R14.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "tracker.demo.state", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoState implements ApplicationRunner {

    static final String PLAN = "LAC-2024";
    private static final Logger log = LoggerFactory.getLogger(DemoState.class);
    private static final List<String> MEMBERS = List.of("chair", "wg.unhcr", "wg.ocha", "wg.ifrc");

    private final PlanService plans;
    private final RecommendationService recommendations;
    private final MyTaskService tasks;
    private final OrganisationService organisations;
    private final UserDetailsService users;
    private final EngineTimeTravel time;
    private final ComplianceReadModel readModel;
    private final PublicationService publication;
    private final Clock clock;

    private ZoneId zone;
    private LocalDate today;
    /** The shipped plan's recommendations by code. */
    private Map<String, RecommendationSummary> byCode;

    DemoState(PlanService plans, RecommendationService recommendations, MyTaskService tasks,
              OrganisationService organisations, UserDetailsService users, EngineTimeTravel time,
              ComplianceReadModel readModel, PublicationService publication, Clock clock) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.tasks = tasks;
        this.organisations = organisations;
        this.users = users;
        this.time = time;
        this.readModel = readModel;
        this.publication = publication;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Plan plan = plans.findByCode(PLAN).orElse(null);
        if (plan == null) {
            return;
        }
        byCode = recommendations.list(plan.getId()).stream()
                .collect(Collectors.toMap(RecommendationSummary::code, r -> r));
        if (byCode.get("R2").status() != RecommendationStatus.NEW) {
            return;
        }
        zone = plan.zone();
        today = LocalDate.now(clock.withZone(zone));
        try {
            replay();
        } finally {
            time.backToPresent();
            SecurityContextHolder.clearContext();
        }
        int jobs = time.runDueJobs();
        readModel.reevaluate();
        log.warn("Demo profile: demo state of work loaded into plan {} ({} timers caught up to today)", PLAN, jobs);
    }

    private void replay() {
        // seven months ago: the group's first meeting on the plan
        at(-200);
        for (String code : List.of("R2", "R3", "R5", "R8", "R14")) {
            as("secretariat");
            recommendations.putOnAgenda(id(code));
        }
        propose("R2", GroupResponse.ACCEPTED, null, "2026-H1");
        propose("R3", GroupResponse.NOT_ACCEPTED, "The mandates of the mechanisms are set by each agency's governing "
                + "bodies; the group will come back to it at the mid-term review.", null);
        propose("R5", GroupResponse.ACCEPTED, null, "2026-H2");
        propose("R8", GroupResponse.PARTIALLY_ACCEPTED, "The single regional structure first; national structures "
                + "country by country as national platforms agree.", "2027");
        propose("R14", GroupResponse.ACCEPTED, null, "2027-H1");
        at(-195);
        for (String code : List.of("R2", "R3", "R5", "R8", "R14")) {
            everyMemberVotes(code);
        }
        nameLead("R2", "OCHA");
        nameLead("R5", "IOM");
        nameLead("R8", "IBC-HM");
        nameLead("R14", "IOM");

        at(-190);
        submitPlan("wg.ocha", "R2", List.of(
                milestone("Terms of reference of the Working Group adopted", "OCHA", null, -190, -150, false),
                milestone("Implementation timetable of the recommendations published", "OCHA", null, -170, -120, false)
                        .waitingFor(List.of(Predecessor.row(1))),
                milestone("First compliance review presented to the regional directors", "OCHA", null, -100, 45, false)
                        .waitingFor(List.of(Predecessor.row(2)))));
        submitPlan("chair", "R5", List.of(
                milestone("Consultation with the national platforms completed", "R4V", null, -180, -60, true),
                milestone("Draft Strategy for Responding to Mixed Movements in LAC circulated", "IOM", null, -120, -10,
                        false).waitingFor(List.of(Predecessor.row(1))),
                milestone("Strategy endorsed by the regional directors", "UNHCR", null, -60, 20, false)
                        .waitingFor(List.of(Predecessor.row(2)))));
        submitPlan("chair", "R14", List.of(
                milestone("Colombia: national roll-out plan agreed with Migración Colombia", "MIGRACION-CO", "CO",
                        -150, -30, false),
                milestone("Peru: State counterpart designated for the national platform", "R4V", "PE", -120, 5, true),
                milestone("Peru: transition roadmap towards national ownership", "R4V", "PE", -30, 90, false)
                        .waitingFor(List.of(Predecessor.row(2))),
                milestone("Guatemala: coordination table co-chaired by the State", "IBC-HM", "GT", -120, 15, false)));
        at(-185);
        for (String code : List.of("R2", "R5", "R14")) {
            everyMemberVotes(code);
        }

        at(-155);
        report("wg.ocha", "Terms of reference", ReportedStatus.DONE, 100, "Adopted at the meeting of the group.");
        at(-130);
        report("wg.ocha", "Implementation timetable", ReportedStatus.IN_PROGRESS, 80,
                "Waiting for two agencies' dates.");
        at(-110);
        report("wg.ocha", "Implementation timetable", ReportedStatus.DONE, 100, "Published on the group's page.");
        at(-90);
        report("agency.r4v", "Consultation with the national platforms", ReportedStatus.IN_PROGRESS, 60,
                "Seven of seventeen national platforms consulted.");
        at(-62);
        report("agency.r4v", "Consultation with the national platforms", ReportedStatus.DONE, 100,
                "Consultation report: https://example.org/r4v/consultation-report");
        at(-45);
        report("chair", "Draft Strategy", ReportedStatus.IN_PROGRESS, 40, "Chapters on routes and protection drafted.");
        report("agency.ibchm", "Guatemala", ReportedStatus.IN_PROGRESS, 20, "First meeting with the Ministry held.");
        at(-30);
        report("agency.r4v", "Peru: transition roadmap", ReportedStatus.IN_PROGRESS, 20, "Scoping started.");
        at(-20);
        report("chair", "Draft Strategy", ReportedStatus.IN_PROGRESS, 70, "Financing chapter under review.");
        at(-15);
        report("wg.unhcr", "Strategy endorsed", ReportedStatus.IN_PROGRESS, 10, "On the directors' agenda.");

        at(-5);
        as("secretariat");
        recommendations.putOnAgenda(id("R6"));
        propose("R6", GroupResponse.ACCEPTED, null, "2027-H2");
        vote("wg.unhcr", "R6", VoteChoice.APPROVE);
        as("secretariat");
        recommendations.putOnAgenda(id("R12"));
        propose("R12", GroupResponse.ACCEPTED, null, "2027-H1");
        everyMemberVotes("R12");
        nameLead("R12", "R4V");

        at(-4);
        report("agency.r4v", "Peru: State counterpart", ReportedStatus.DONE, 100,
                "Resolution naming the State counterpart: https://example.org/pe/resolution");
        at(-3);
        submitPlan("agency.r4v", "R12", List.of(
                milestone("Inventory of the information management systems in use", "R4V", null, -3, 60, false),
                milestone("Common data standard agreed by R4V and IBC-HM", "IBC-HM", null, 30, 150, true)
                        .waitingFor(List.of(Predecessor.row(1))),
                milestone("Unified regional dashboard online", "R4V", null, 120, 240, true)
                        .waitingFor(List.of(Predecessor.row(2)))));
        vote("wg.unhcr", "R12", VoteChoice.APPROVE);
        vote("wg.ifrc", "R12", VoteChoice.APPROVE);
        at(-2);
        as("agency.ibchm");
        tasks.requestDeadlineChange(milestoneTask("Guatemala").taskId(), today.plusDays(75),
                "The State's counterparts changed when the new cabinet took office; the table is being set up again.");

        // the public progress page: the plan with the three recommendations whose plans are in force
        as("secretariat");
        publication.publishPlan(byCode.get("R2").planId(), true);
        for (String code : List.of("R2", "R5", "R14")) {
            publication.publishRecommendation(id(code), true);
        }
    }

    /**
     * Moves the clock to 10:00 in the plan's zone, that many days from today, and runs the timers due by then; the
     * progress reports owed by then are written as the leads do it ({@link #progressReports}).
     */
    private void at(int days) {
        time.travelTo(today.plusDays(days).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
        // the timers fire as the system, as the job executor runs them, not as whoever acted last in the replay
        SecurityContextHolder.clearContext();
        time.runDueJobs();
        progressReports();
    }

    /**
     * OCHA reports on R2 and IOM on R14 at the first step of the replay after each quarter ends (on time or a few days
     * late); IOM's reports on R5, whose Strategy is late, stay missing: overdue and escalated to the secretariat.
     */
    private void progressReports() {
        progressReport("wg.ocha", "R2", new ProgressReportDraft("The terms of reference and the timetable are "
                + "adopted; the secretariat follows every recommendation's milestones with the lead organisations.",
                70, null, "Prepare the first compliance review for the regional directors.", null));
        progressReport("chair", "R14", new ProgressReportDraft("Colombia and Peru named their State counterparts; "
                + "Guatemala's coordination table is being set up again after the change of cabinet.", 35,
                "New counterparts in Guatemala; the Colombian roll-out plan waits for the ministry's signature.",
                "Agree the Peruvian transition roadmap with the State counterpart.",
                "https://example.org/r4v/national-ownership"));
    }

    private void progressReport(String username, String code, ProgressReportDraft draft) {
        as(username);
        Long recommendation = id(code);
        find(c -> c.recommendationId().equals(recommendation) && c.kind() == WorkItemKind.SUBMIT_PROGRESS_REPORT)
                .ifPresent(task -> tasks.submitProgressReport(task.taskId(), draft));
    }

    private void as(String username) {
        TrackerUser user = (TrackerUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private Long id(String code) {
        RecommendationSummary recommendation = byCode.get(code);
        if (recommendation == null) {
            throw new IllegalStateException("shipped plan has no " + code);
        }
        return recommendation.id();
    }

    private void propose(String code, GroupResponse response, String reason, String period) {
        as("secretariat");
        tasks.proposeResponse(task(code, WorkItemKind.PROPOSE_RESPONSE).taskId(), response, reason, period);
    }

    private void nameLead(String code, String organisation) {
        as("secretariat");
        tasks.nameLead(task(code, WorkItemKind.NAME_LEAD).taskId(), organisations.findByCode(organisation).orElseThrow()
                .getId());
    }

    private void submitPlan(String username, String code, List<MilestoneDraft> milestones) {
        as(username);
        tasks.submitImplementationPlan(task(code, WorkItemKind.DRAFT_PLAN).taskId(), milestones);
    }

    private void everyMemberVotes(String code) {
        for (String member : MEMBERS) {
            as(member);
            Long recommendation = id(code);
            find(c -> c.recommendationId().equals(recommendation) && (c.kind() == WorkItemKind.CAST_VOTE
                    || c.kind() == WorkItemKind.CONSIDER_OBJECTION))
                    .ifPresent(t -> tasks.vote(t.taskId(), VoteChoice.APPROVE, null));
        }
    }

    private void vote(String member, String code, VoteChoice choice) {
        as(member);
        tasks.vote(task(code, WorkItemKind.CAST_VOTE).taskId(), choice, null);
    }

    private void report(String username, String milestonePrefix, ReportedStatus status, int progress, String note) {
        as(username);
        tasks.reportMilestone(milestoneTask(milestonePrefix).taskId(), status, progress, note);
    }

    private TaskCard milestoneTask(String milestonePrefix) {
        return find(c -> c.kind() == WorkItemKind.WORK_ON_MILESTONE && c.milestoneName() != null
                && c.milestoneName().startsWith(milestonePrefix))
                .orElseThrow(() -> new IllegalStateException("no open work on milestone " + milestonePrefix));
    }

    private TaskCard task(String code, WorkItemKind kind) {
        Long recommendation = id(code);
        return find(c -> c.recommendationId().equals(recommendation) && c.kind() == kind)
                .orElseThrow(() -> new IllegalStateException("no " + kind + " task on " + code));
    }

    private java.util.Optional<TaskCard> find(Predicate<TaskCard> wanted) {
        return tasks.myTasks().stream().filter(wanted).findFirst();
    }

    private MilestoneDraft milestone(String name, String owner, String country, int start, int due, boolean evidence) {
        return new MilestoneDraft(name, organisations.findByCode(owner).orElseThrow().getId(), country,
                today.plusDays(start), today.plusDays(due), evidence);
    }
}
