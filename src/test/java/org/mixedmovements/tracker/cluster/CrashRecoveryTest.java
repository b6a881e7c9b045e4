package org.mixedmovements.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.TrackerApplication;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application process is killed ({@code kill -9}) in the middle of a batch of approvals on an H2 file; started
 * again, it has every approval that committed, none half applied (a vote is saved together with its task done and, for
 * the last vote, the plan in force), and the reminders that fell due while it was down fire once.
 */
@Tag("crash") // -Dtracker.test.excludedGroups=postgres,crash leaves it out
class CrashRecoveryTest {

    @Test
    void afterAKillInTheMiddleOfABatchOfApprovalsEveryCommittedApprovalIsThereWholeAndDueTimersFireOnce()
            throws Exception {
        // the child runs on the system clock and sets its reminders' due dates by it: so does the restarted engine here
        TestClock.followTheSystemClock();
        Path directory = Files.createTempDirectory("crash-test");
        String url = "jdbc:h2:file:" + directory.resolve("tracker").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Path log = directory.resolve("committed.log");
        Path output = Path.of("target", "crash-test-child.log").toAbsolutePath();
        try {
            Process child = ChildJvm.start(output, List.of("-Xmx512m",
                    "-Duser.timezone=" + System.getProperty("user.timezone"),
                    "-cp", ChildJvm.classPath(), TrackerApplication.class.getName(),
                    // the child's class path listed the BPMN files twice ("definitions with the same key"): deploy
                    // the application's own files only
                    "--camunda.bpm.deployment-resource-pattern=classpath:bpmn/*.bpmn",
                    "--spring.profiles.active=demo,test,crash-runner", "--spring.datasource.url=" + url,
                    "--server.port=0", "--spring.main.banner-mode=off",
                    "--camunda.bpm.process-engine-name=crashnode", "--camunda.bpm.job-execution.enabled=true",
                    "--tracker.crash.log=" + log));
            Instant killedAt;
            try {
                Instant giveUp = Instant.now().plus(Duration.ofMinutes(15)); // a safety net for a very busy machine
                while (votesLogged(log) < 3 && child.isAlive() && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(20);
                }
                assertThat(child.isAlive()).as("the child is still voting (see " + output + ")").isTrue();
                assertThat(votesLogged(log)).as("votes committed before the kill").isBetween(3L, 23L);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
                child.waitFor(30, TimeUnit.SECONDS);
                killedAt = Instant.now();
            }
            List<String> lines = Files.readAllLines(log);
            String[] timers = lines.stream().filter(l -> l.startsWith("timers ")).findFirst().orElseThrow().split(" ");
            Long timed = Long.valueOf(timers[1]);
            Instant timersDue = Instant.ofEpochMilli(Long.parseLong(timers[2]));
            assertThat(killedAt).as("the reminders fall due after the kill").isBefore(timersDue);
            List<Long> plans = Arrays.stream(lines.stream().filter(l -> l.startsWith("ready ")).findFirst().orElseThrow()
                    .substring(6).split(",")).map(Long::valueOf).toList();
            List<String> committed = lines.stream().filter(l -> l.startsWith("vote ")).toList();

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(TrackerApplication.class)
                    .profiles("demo", "test")
                    .run("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off",
                            "--camunda.bpm.process-engine-name=crashnode", "--camunda.bpm.job-execution.enabled=true",
                            "--camunda.bpm.job-execution.wait-time-in-millis=200",
                            "--camunda.bpm.job-execution.max-wait=500")) {
                Fixtures fixtures = restarted.getBean(Fixtures.class);
                WorkingGroupDecisions decisions = restarted.getBean(WorkingGroupDecisions.class);
                RecommendationService recommendations = restarted.getBean(RecommendationService.class);

                // every approval logged after its commit is there
                for (String line : committed) {
                    String[] parts = line.split(" ");
                    assertThat(TwoNodesOnOneDatabaseTest.planDecision(decisions, Long.valueOf(parts[1])).votes())
                            .as(line).anySatisfy(v -> assertThat(v.voter()).isEqualTo(parts[2]));
                }
                // none half applied: a member has a vote or an open vote task, never both or neither; the plan is
                // in force exactly when every member approved
                int votesFound = 0;
                for (Long plan : plans) {
                    DecisionSummary decision = TwoNodesOnOneDatabaseTest.planDecision(decisions, plan);
                    votesFound += decision.votes().size();
                    for (String member : Fixtures.MEMBERS) {
                        boolean voted = decision.votes().stream().anyMatch(v -> v.voter().equals(member));
                        boolean taskOpen = fixtures.findTask(member, plan, WorkItemKind.CAST_VOTE).isPresent();
                        assertThat(voted).as(member + " on " + plan + ": voted xor task open").isNotEqualTo(taskOpen);
                    }
                    List<MilestoneRow> milestones = recommendations.details(plan).milestones();
                    if (decision.votes().size() == Fixtures.MEMBERS.size()) {
                        assertThat(decision.open()).isFalse();
                        assertThat(decision.outcome()).isEqualTo(Outcome.APPROVED);
                        assertThat(milestones).extracting(MilestoneRow::state).containsOnly(MilestoneState.APPROVED);
                        assertThat(fixtures.findTask("agency.r4v", plan, WorkItemKind.WORK_ON_MILESTONE)).isPresent();
                    } else {
                        assertThat(decision.open()).isTrue();
                        assertThat(milestones).extracting(MilestoneRow::state).containsOnly(MilestoneState.PROPOSED);
                    }
                }
                fixtures.signOut();
                assertThat(votesFound).as("committed approvals (some may have committed just before the kill"
                        + " without reaching the log)").isGreaterThanOrEqualTo(committed.size()).isLessThanOrEqualTo(committed.size() + 1);

                // the reminders that fell due while the application was down fire once after the restart
                List<Long> timedMilestones = recommendations.details(timed).milestones().stream().map(MilestoneRow::id).toList();
                JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
                String inList = String.join(",", timedMilestones.stream().map(String::valueOf).toList());
                Instant giveUp = (timersDue.isAfter(Instant.now()) ? timersDue : Instant.now()).plus(Duration.ofSeconds(60));
                while (count(jdbc, "select count(*) from milestone_deadline_event where kind = 'REMINDER' and milestone_id in ("
                        + inList + ")") < timedMilestones.size() && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(200);
                }
                Thread.sleep(2000); // time for a second firing, which must not happen
                assertThat(count(jdbc, "select count(*) from milestone_deadline_event where kind = 'REMINDER' and milestone_id in ("
                        + inList + ")")).isEqualTo(timedMilestones.size());
                List<String> snapshots = new ArrayList<>();
                timedMilestones.forEach(m -> snapshots.add("'milestone " + m + "'"));
                assertThat(count(jdbc, "select count(*) from audit_event where action = 'DEADLINE_REMINDER' and snapshot in ("
                        + String.join(",", snapshots) + ")")).isEqualTo(timedMilestones.size());
                assertThat(restarted.getBean(HistoryService.class).createHistoricActivityInstanceQuery()
                        .activityId(MilestoneDeadlinesProcess.TIMER_REMINDER).finished().count()).isEqualTo(timedMilestones.size());
                System.out.printf("killed after %d logged approvals (%d found after the restart); %d reminders due"
                        + " while down fired once%n", committed.size(), votesFound, timedMilestones.size());
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static int count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    static long votesLogged(Path log) throws java.io.IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("vote ")).count();
    }
}
