package org.mixedmovements.tracker.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Test only (profile {@code crash-runner}, for {@link CrashRecoveryTest}'s child JVM): prepares plans waiting for the
 * working group's vote and milestones whose reminders fall due a little later, then casts the members' approvals one
 * after the other through the application's services, appending each one to a log file only after it committed. The
 * test kills this process in the middle of that batch.
 */
@Component
@Profile("crash-runner")
class CrashRunner implements ApplicationRunner {

    static final int RECOMMENDATIONS = 6;
    static final int TIMED_MILESTONES = 5;
    static final long TIMERS_DUE_AFTER_MILLIS = 30_000;

    private final Fixtures fixtures;
    private final MyTaskService tasks;
    private final ManagementService management;
    private final Path log;

    CrashRunner(Fixtures fixtures, MyTaskService tasks,
                ManagementService management, @Value("${tracker.crash.log}") String log) {
        this.fixtures = fixtures;
        this.tasks = tasks;
        this.management = management;
        this.log = Path.of(log);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // milestones in force whose reminders fall due a little after the batch of votes starts
        Long timed = fixtures.newRecommendation("Crash timers");
        fixtures.adopt(timed, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", timed, WorkItemKind.DRAFT_PLAN),
                IntStream.range(0, TIMED_MILESTONES).mapToObj(i -> fixtures.milestone("Timed " + i, "R4V", 20, false))
                        .toList());
        fixtures.everyMemberVotes(timed, VoteChoice.APPROVE);
        List<Long> plans = new ArrayList<>();
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            Long recommendation = fixtures.newRecommendation("Crash votes " + i);
            fixtures.adopt(recommendation, "R4V");
            tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                    List.of(fixtures.milestone("Approved across a crash", "R4V", 20, false)));
            plans.add(recommendation);
        }
        Instant due = Instant.now().plusMillis(TIMERS_DUE_AFTER_MILLIS);
        management.createJobQuery().timers().activityId(MilestoneDeadlinesProcess.TIMER_REMINDER).list()
                .forEach(job -> management.setJobDuedate(job.getId(), Date.from(due)));
        append("timers " + timed + " " + due.toEpochMilli());
        append("ready " + plans.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow());

        for (Long recommendation : plans) {
            for (String member : Fixtures.MEMBERS) {
                tasks.vote(fixtures.taskOf(member, recommendation, WorkItemKind.CAST_VOTE), VoteChoice.APPROVE, null);
                append("vote " + recommendation + " " + member); // committed: vote() ran its own transaction
            }
        }
        append("done");
        fixtures.signOut();
    }

    private void append(String line) throws IOException {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
    }
}
