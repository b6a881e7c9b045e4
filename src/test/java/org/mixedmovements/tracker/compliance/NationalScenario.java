package org.mixedmovements.tracker.compliance;

import java.time.Duration;
import java.util.List;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.context.ApplicationContext;

/**
 * The national roll-out of docs/compliance.md, 21 days after its plan was approved: in Colombia one milestone
 * completed on time (due day 10) and one at risk (due day 40, 0 %); in Peru one overdue by a day (due day 20).
 * Owned by R4V. The engine's clock is moved: call {@link #undo} after the test.
 */
public record NationalScenario(Long recommendation, Long plan) {

    public static final String COMPLETED = "Colombia: national table set up";
    public static final String AT_RISK = "Colombia: plan adopted";
    public static final String OVERDUE = "Peru: plan adopted";

    public static NationalScenario build(ApplicationContext context, String title) {
        Fixtures fixtures = context.getBean(Fixtures.class);
        MyTaskService tasks = context.getBean(MyTaskService.class);
        ComplianceReadModel readModel = context.getBean(ComplianceReadModel.class);
        Long recommendation = fixtures.newRecommendation(title, "NATIONAL", "CO;PE");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(in(fixtures, "CO", COMPLETED, 10), in(fixtures, "CO", AT_RISK, 40),
                        in(fixtures, "PE", OVERDUE, 20)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        tasks.reportMilestone(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE),
                ReportedStatus.DONE, 100, null);
        TestClock.advance(Duration.ofDays(21));
        readModel.reevaluate();
        fixtures.signOut();
        return new NationalScenario(recommendation,
                context.getBean(RecommendationService.class).summary(recommendation).planId());
    }

    private static MilestoneDraft in(Fixtures fixtures, String country, String name, int dueInDays) {
        MilestoneDraft d = fixtures.milestone(name, "R4V", dueInDays, false);
        return new MilestoneDraft(d.name(), d.ownerOrganisationId(), country, null, d.dueDate(), false);
    }

    /** Puts the clock back and the read model with it (rows evaluated on the later day are evaluated again). */
    public static void undo(ApplicationContext context) {
        TestClock.reset();
        context.getBean(ComplianceReadModel.class).rebuild();
    }
}
