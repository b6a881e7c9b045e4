package org.mixedmovements.tracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.mixedmovements.tracker.TestClock;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerApplication;
import org.mixedmovements.tracker.milestone.DeadlineEventKind;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.recommendation.GroupResponse;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Timers are stored jobs: stop the application, let the due date pass while it is down, start it again on the same H2
 * file, and the job executor fires what fell due, exactly once: a milestone's reminder and overdue mark, and a vote's
 * closing (without its quorum: back to the secretariat, once).
 */
class TimersSurviveRestartTest {

    static final ZoneId PANAMA = ZoneId.of("America/Panama");

    ConfigurableApplicationContext start(Path database, boolean jobExecutor) {
        return new SpringApplicationBuilder(TrackerApplication.class)
                .profiles("demo", "test")
                .run("--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=0", "--spring.main.banner-mode=off",
                        "--camunda.bpm.process-engine-name=restarttest",
                        "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=500");
    }

    @Test
    void aTimerThatFellDueWhileTheApplicationWasDownFiresOnceAfterTheRestart() throws Exception {
        Path directory = Files.createTempDirectory("restart-test");
        Path database = directory.resolve("tracker");
        Long milestoneId;
        LocalDate due;
        Long vote;
        try {
            try (ConfigurableApplicationContext first = start(database, false)) {
                Fixtures fixtures = first.getBean(Fixtures.class);
                MyTaskService tasks = first.getBean(MyTaskService.class);
                Long recommendation = fixtures.newRecommendation("Restart");
                fixtures.adopt(recommendation, "R4V");
                tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                        List.of(fixtures.milestone("Survives a restart", "R4V", 20, false)));
                fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
                // a vote that one member answers: its 14 days end while the application is down, without the quorum
                vote = fixtures.newRecommendation("Vote closes while down");
                fixtures.signIn("secretariat");
                first.getBean(RecommendationService.class).putOnAgenda(vote);
                tasks.proposeResponse(fixtures.taskOf("secretariat", vote, WorkItemKind.PROPOSE_RESPONSE),
                        GroupResponse.ACCEPTED, null, "2027-H1");
                tasks.vote(fixtures.taskOf("wg.ocha", vote, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
                fixtures.signOut();
                MilestoneRow milestone = first.getBean(RecommendationService.class).details(recommendation).milestones().get(0);
                milestoneId = milestone.id();
                due = milestone.currentDue();
                assertThat(first.getBean(MilestoneDeadlines.class).eventsOf(milestoneId)).isEmpty();
            }

            // while the application is down, the reminder date and the due date pass
            Instant dayAfterDue = due.plusDays(1).atStartOfDay(PANAMA).toInstant();
            TestClock.set(dayAfterDue.plus(Duration.ofHours(1)));

            try (ConfigurableApplicationContext second = start(database, true)) {
                MilestoneDeadlines deadlines = second.getBean(MilestoneDeadlines.class);
                Instant giveUp = Instant.now().plusSeconds(60);
                while (deadlines.eventsOf(milestoneId).size() < 2 && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(250);
                }
                Thread.sleep(2000); // time enough for a second firing, which must not happen
                assertThat(deadlines.eventsOf(milestoneId)).extracting(MilestoneDeadlines.Event::kind)
                        .containsExactly(DeadlineEventKind.REMINDER, DeadlineEventKind.OVERDUE);
                Job next = second.getBean(ManagementService.class).createJobQuery().timers().list().stream()
                        .filter(j -> j.getDuedate().toInstant().equals(due.plusDays(8).atStartOfDay(PANAMA).toInstant()))
                        .findFirst().orElseThrow();
                assertThat(next.getRetries()).isPositive();

                RecommendationService recommendations = second.getBean(RecommendationService.class);
                Fixtures fixtures = second.getBean(Fixtures.class);
                while (fixtures.findTask("secretariat", vote, WorkItemKind.RESOLVE_QUORUM).isEmpty()
                        && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(250);
                }
                fixtures.signIn("secretariat");
                assertThat(recommendations.details(vote).history()).extracting(e -> e.action())
                        .containsOnlyOnce("QUORUM_NOT_REACHED");
                assertThat(fixtures.findTask("wg.unhcr", vote, WorkItemKind.CAST_VOTE)).isEmpty();
                fixtures.signOut();
            }
        } finally {
            TestClock.reset();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
