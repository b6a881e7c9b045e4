package org.mixedmovements.tracker;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.mixedmovements.tracker.base.security.TrackerUser;
import org.mixedmovements.tracker.organisation.OrganisationService;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.planimport.PlanImporter;
import org.mixedmovements.tracker.recommendation.MilestoneDraft;
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

    private final PlanImporter importer;
    private final PlanService plans;
    private final RecommendationService recommendations;
    private final OrganisationService organisations;
    private final UserDetailsService users;
    private final Clock clock;

    Fixtures(PlanImporter importer, PlanService plans, RecommendationService recommendations,
             OrganisationService organisations, UserDetailsService users, Clock clock) {
        this.importer = importer;
        this.plans = plans;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    /** A new plan (time zone America/Panama) with one recommendation; returns the recommendation's id. */
    public Long newRecommendation(String title) {
        String planCode = "TEST-" + PLANS.incrementAndGet();
        String plan = "code,title,source,published_on,languages,time_zone\n"
                + planCode + ",Test plan " + planCode + ",Tests,2024-07-16,en,America/Panama\n";
        String recs = "code,title,theme,coordination_level,scope,countries,depends_on,full_text\n"
                + "T1," + title + ",Testing,BOTH,REGIONAL,,,\"The words of the study for " + title + ".\"\n";
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

    public List<MilestoneDraft> twoMilestones() {
        return List.of(milestone("Terms of reference agreed", "R4V", 20, false),
                milestone("Harmonised sector map published", "IBC-HM", 60, true));
    }
}
