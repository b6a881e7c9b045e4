package org.mixedmovements.tracker;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImportService;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test data made through the application's own services: each test gets a fresh plan with its own recommendation,
 * so tests sharing one database never see each other's work.
 */
@Component
public class Fixtures {

    private static final AtomicInteger PLANS = new AtomicInteger();

    private final PlanImportService importer;
    private final PlanService plans;
    private final RecommendationService recommendations;
    private final OrganisationService organisations;
    private final UserDetailsService users;
    private final Clock clock;

    private final MyTaskService tasks;

    Fixtures(PlanImportService importer, PlanService plans, RecommendationService recommendations,
             OrganisationService organisations, UserDetailsService users, Clock clock, MyTaskService tasks) {
        this.tasks = tasks;
        this.importer = importer;
        this.plans = plans;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    /** A new plan (time zone America/Panama) with one regional recommendation; returns the recommendation's id. */
    public Long newRecommendation(String title) {
        return newRecommendation(title, "REGIONAL", "");
    }

    /** A new plan with one recommendation of that scope, for the countries listed (semicolon between codes). */
    public Long newRecommendation(String title, String scope, String countries) {
        return newRecommendation(title, scope, countries, ZoneId.of("America/Panama"));
    }

    /** A new plan in that time zone with one regional recommendation. */
    public Long newRecommendation(String title, ZoneId planZone) {
        return newRecommendation(title, "REGIONAL", "", planZone);
    }

    private Long newRecommendation(String title, String scope, String countries, ZoneId planZone) {
        String planCode = "TEST-" + PLANS.incrementAndGet();
        String plan = "code,title,source,published_on,languages,time_zone\n"
                + planCode + ",Test plan " + planCode + ",Tests,2024-07-16,en," + planZone.getId() + "\n";
        String recs = "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                + "T1," + title + ",Testing,BOTH," + scope + "," + countries + ",,\"The words of the study for " + title + ".\"\n";
        importer.importPlan(csv(plan), csv(recs));
        Long planId = plans.findByCode(planCode).orElseThrow().getId();
        return recommendations.list(planId).get(0).id();
    }

    public static CsvTable csv(String text) {
        return CsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    public Long organisation(String code) {
        return organisations.findByCode(code).orElseThrow().getId();
    }

    /** Signs the demo user in for the current thread, as a real login would. */
    public TrackerUser signIn(String username) {
        TrackerUser user = (TrackerUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    public LocalDate todayInPanama() {
        return LocalDate.now(clock.withZone(ZoneId.of("America/Panama")));
    }

    public MilestoneDraft milestone(String name, String ownerCode, int dueInDays, boolean evidence) {
        return new MilestoneDraft(name, organisation(ownerCode), null, null, todayInPanama().plusDays(dueInDays), evidence);
    }

    /** The demo working-group members, one per organisation (IOM holds the chair). */
    public static final List<String> MEMBERS = List.of("chair", "wg.unhcr", "wg.ocha", "wg.ifrc");

    /**
     * Puts the recommendation on the agenda, proposes "accepted" and has every demo member approve, then names the
     * lead: the recommendation waits for its lead's plan.
     */
    public void adopt(Long recommendation, String leadCode) {
        signIn("secretariat");
        recommendations.putOnAgenda(recommendation);
        tasks.proposeResponse(taskOf("secretariat", recommendation, WorkItemKind.PROPOSE_RESPONSE),
                GroupResponse.ACCEPTED, null, "2025-H2");
        everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.nameLead(taskOf("secretariat", recommendation, WorkItemKind.NAME_LEAD), organisation(leadCode));
    }

    /**
     * The lead (one of its people) submits these milestones as its plan for an adopted recommendation, and every demo
     * member approves it: the milestones are in force, each with its owner's task.
     */
    public void planInForce(Long adopted, String leadUsername, MilestoneDraft... milestones) {
        tasks.submitImplementationPlan(taskOf(leadUsername, adopted, WorkItemKind.DRAFT_PLAN), List.of(milestones));
        everyMemberVotes(adopted, VoteChoice.APPROVE);
    }

    /** Every demo member that has an open vote (or objection) task on the recommendation casts it. */
    public void everyMemberVotes(Long recommendation, VoteChoice choice) {
        for (String member : MEMBERS) {
            findTask(member, recommendation, WorkItemKind.CAST_VOTE, WorkItemKind.CONSIDER_OBJECTION)
                    .ifPresent(task -> tasks.vote(task, choice, choice == VoteChoice.REJECT ? "Not ready" : null));
        }
    }

    /** Signs the user in and returns their open task of that kind on the recommendation. */
    public String taskOf(String username, Long recommendation, WorkItemKind... kinds) {
        return findTask(username, recommendation, kinds).orElseThrow(() -> new AssertionError(
                username + " has no " + List.of(kinds) + " task on recommendation " + recommendation));
    }

    public Optional<String> findTask(String username, Long recommendation, WorkItemKind... kinds) {
        signIn(username);
        List<WorkItemKind> wanted = List.of(kinds);
        return tasks.myTasks().stream()
                .filter(c -> c.recommendationId().equals(recommendation) && wanted.contains(c.kind()))
                .map(TaskCard::taskId).findFirst();
    }

    public List<MilestoneDraft> twoMilestones() {
        return List.of(milestone("Terms of reference agreed", "R4V", 20, false),
                milestone("Harmonised sector map published", "IBC-HM", 60, true));
    }
}
