package org.mixedmovements.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mixedmovements.tracker.PostgresAvailable;
import org.mixedmovements.tracker.PostgresTestDatabase;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.base.H2OnlineBackup;
import org.mixedmovements.tracker.compliance.DashboardFigures;
import org.mixedmovements.tracker.compliance.DashboardService;
import org.mixedmovements.tracker.milestone.EvidenceFile;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.MilestoneDeadlines;
import org.mixedmovements.tracker.plan.PlanService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess;
import org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess;
import org.mixedmovements.tracker.workflow.WorkItemKind;

/**
 * The backup and restore of docs/operations.md, rehearsed: the application runs with the demo state (months of work,
 * open votes and tasks, deadline timers still to come) and an evidence file; it is backed up while it runs (H2's
 * online {@code BACKUP TO} through {@link H2OnlineBackup}, or {@code pg_dump -Fc} in the PostgreSQL run), the backup is
 * restored into a fresh database (H2's {@code Restore} tool, or {@code pg_restore}), and the application started on it
 * finds the same dashboard figures, tasks, evidence file and timers; the first deadline timer still to come then fires
 * once. Tagged {@code database}: it runs on H2 in the ordinary run and again on PostgreSQL in the PostgreSQL execution.
 */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class BackupAndRestoreTest {

    static final String PLAN = "LAC-2024";
    static final byte[] SIGNED_ROADMAP = "%PDF-1.7\n% Peru: transition roadmap, signed".getBytes(StandardCharsets.UTF_8);

    /** What the test compares before the backup and after the restore. */
    record State(DashboardFigures figures, List<String> tasks, List<String> timers, EvidenceFile evidence) {
    }

    @Test
    void aBackupOfTheRunningApplicationRestoredIntoAFreshDatabaseStartsWithTheSameStateAndItsTimersFireOnce()
            throws Exception {
        boolean postgres = PostgresTestDatabase.wanted();
        if (postgres) {
            Assumptions.assumeTrue(onPath("pg_dump") && onPath("pg_restore"),
                    "Skipped: pg_dump and pg_restore are not on the PATH (Debian: apt-get install postgresql-client)");
        }
        Path directory = Files.createTempDirectory("backup-test");
        try {
            String sourceUrl = postgres ? PostgresTestDatabase.createFresh()
                    : "jdbc:h2:file:" + directory.resolve("running").resolve("tracker").toAbsolutePath()
                            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            Path backup;
            State before;
            Long evidenceId;
            try (Node running = start("backupsource", sourceUrl, directory.resolve("backups"))) {
                evidenceId = attachEvidence(running);
                before = stateOf(running, evidenceId);
                assertThat(before.timers()).as("open timers in the demo state").isNotEmpty();
                assertThat(before.tasks()).as("open tasks in the demo state").isNotEmpty();
                // backed up while the application runs
                backup = postgres ? pgDump(sourceUrl, directory.resolve("tracker.dump"))
                        : running.bean(H2OnlineBackup.class).backUp();
            }
            assertThat(backup).isNotEmptyFile();

            String restoredUrl;
            if (postgres) {
                restoredUrl = PostgresTestDatabase.createFresh();
                pgRestore(backup, restoredUrl);
            } else {
                Path restored = directory.resolve("restored");
                Restore.execute(backup.toString(), restored.toString(), "tracker");
                restoredUrl = "jdbc:h2:file:" + restored.resolve("tracker").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            }

            try (Node restored = start("backuprestored", restoredUrl, directory.resolve("backups-restored"))) {
                assertThat(stateOf(restored, evidenceId)).usingRecursiveComparison().isEqualTo(before);

                // the first deadline timer still to come fires once when its moment comes
                ManagementService management = restored.bean(ManagementService.class);
                RuntimeService runtime = restored.bean(RuntimeService.class);
                Job next = management.createJobQuery().timers().processDefinitionKey(MilestoneDeadlinesProcess.PROCESS_ID)
                        .orderByJobDuedate().asc().list().stream()
                        .filter(j -> runtime.getVariable(j.getProcessInstanceId(),
                                MilestoneFollowUpProcess.VAR_MILESTONE_ID) != null)
                        .findFirst().orElseThrow();
                Long milestone = ((Number) runtime.getVariable(next.getProcessInstanceId(),
                        MilestoneFollowUpProcess.VAR_MILESTONE_ID)).longValue();
                MilestoneDeadlines deadlines = restored.bean(MilestoneDeadlines.class);
                int steps = deadlines.eventsOf(milestone).size();
                TestClock.set(next.getDuedate().toInstant().plusSeconds(60));
                Instant giveUp = Instant.now().plusSeconds(60);
                while (deadlines.eventsOf(milestone).size() == steps && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(200);
                }
                Thread.sleep(1500); // time enough for a second firing, which must not happen
                assertThat(deadlines.eventsOf(milestone)).hasSize(steps + 1);
                assertThat(management.createJobQuery().jobId(next.getId()).count()).isZero();
                assertThat(management.createJobQuery().withException().count()).isZero();
                assertThat(runtime.createIncidentQuery().count()).isZero();
            }
        } finally {
            TestClock.reset();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The application with the demo state (loaded on the first start, kept after) and its job executor on, as in
     * production; on H2 with its online backups in the folder.
     */
    static Node start(String name, String url, Path backups) {
        // no view is opened here: Vaadin looks for its classes in the application's and its own packages only, which
        // saves most of its start-up scan (45 s of 130 s on a loaded machine)
        String scan = "--vaadin.allowed-packages=com.vaadin,org.mixedmovements.tracker";
        if (url.startsWith("jdbc:postgresql:")) {
            return Node.start(name, url, PostgresTestDatabase.user(), PostgresTestDatabase.password(),
                    "--tracker.demo.state=true", scan);
        }
        return Node.start(name, url, "tracker", "", "--tracker.demo.state=true", scan,
                "--tracker.backup.directory=" + backups.toAbsolutePath(), "--tracker.backup.cron=-");
    }

    /** R4V's focal point attaches a signed roadmap to its Peru milestone, as from "My tasks". */
    static Long attachEvidence(Node node) {
        node.fixtures().signIn("agency.r4v");
        try {
            MyTaskService tasks = node.tasks();
            TaskCard work = tasks.myTasks().stream()
                    .filter(c -> c.kind() == WorkItemKind.WORK_ON_MILESTONE && c.milestoneName().startsWith("Peru: transition roadmap"))
                    .findFirst().orElseThrow();
            EvidenceItem item = tasks.attachFile(work.taskId(), "roadmap.pdf", "application/pdf", SIGNED_ROADMAP,
                    "Signed roadmap");
            return item.id();
        } finally {
            node.fixtures().signOut();
        }
    }

    static State stateOf(Node node, Long evidenceId) {
        node.fixtures().signIn("secretariat");
        try {
            Long plan = node.bean(PlanService.class).findByCode(PLAN).orElseThrow().getId();
            DashboardFigures figures = node.bean(DashboardService.class).figures(plan);
            List<String> tasks = node.bean(TaskService.class).createTaskQuery().orderByTaskId().asc().list().stream()
                    .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getProcessInstanceId() + " "
                            + t.getAssignee() + " " + t.getDueDate())
                    .toList();
            List<String> timers = node.bean(ManagementService.class).createJobQuery().timers().orderByJobId().asc()
                    .list().stream()
                    .map(j -> j.getId() + " " + j.getProcessInstanceId() + " " + j.getDuedate().toInstant() + " "
                            + j.getRetries())
                    .toList();
            EvidenceFile evidence = node.bean(EvidenceService.class).download(evidenceId);
            return new State(figures, tasks, timers, evidence);
        } finally {
            node.fixtures().signOut();
        }
    }

    /** The documented dump: {@code pg_dump -Fc} of the running application's database. */
    static Path pgDump(String url, Path file) throws IOException, InterruptedException {
        run(List.of("pg_dump", "--dbname=" + libpq(url), "--username=" + PostgresTestDatabase.user(), "-Fc",
                "-f", file.toString()));
        return file;
    }

    /** The documented restore into an empty database: {@code pg_restore --no-owner}. */
    static void pgRestore(Path file, String url) throws IOException, InterruptedException {
        run(List.of("pg_restore", "--dbname=" + libpq(url), "--username=" + PostgresTestDatabase.user(), "--no-owner",
                "--exit-on-error", file.toString()));
    }

    /** A libpq connection URI for the JDBC URL (without the JDBC driver's own parameters). */
    static String libpq(String jdbcUrl) {
        String url = jdbcUrl.substring("jdbc:".length());
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PostgresTestDatabase.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        assertThat(process.exitValue()).as(command.get(0) + ": " + output).isZero();
    }

    static boolean onPath(String tool) {
        try {
            Process which = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            which.getInputStream().readAllBytes();
            return which.waitFor(30, TimeUnit.SECONDS) && which.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
