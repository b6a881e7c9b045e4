package org.mixedmovements.tracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The baseline of every ratio: the bare Camunda engine running the same bpmn/*.bpmn files on a database of the same
 * kind, with the same history level, id generator and job-executor settings as the application, but none of the
 * application's services, listeners or side effects. The models' expressions resolve to stubs that answer at once:
 * every delegate does nothing but set what the next gateway reads, a decision has the six voters of the demo group and
 * is settled by the first vote (or the voters and rule a benchmark gives), a deadline's reminder is due a minute ago and its later steps in thirty days.
 */
final class BareEngine implements AutoCloseable {

    static final List<String> VOTER_GROUPS = List.of("wg:IOM", "wg:UNHCR", "wg:OCHA", "wg:IFRC", "wg:RED-CLAMOR",
            "wg:MIGRACION-CO");

    final ProcessEngine engine;
    final DefaultJobExecutor jobExecutor;

    BareEngine(String jdbcUrl, String user, String password, BenchSettings settings) throws Exception {
        this(jdbcUrl, user, password, settings, new Voters(VOTER_GROUPS, true), "MAJORITY");
    }

    /** With these voters and the decisions' rule (MAJORITY, NO_OBJECTION) instead of the demo group's. */
    BareEngine(String jdbcUrl, String user, String password, BenchSettings settings, Voters voters, String rule)
            throws Exception {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-" + System.nanoTime());
        config.setJdbcUrl(jdbcUrl);
        config.setJdbcUsername(user);
        config.setJdbcPassword(password);
        config.setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
        config.setJdbcMaxActiveConnections(10);
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("audit");
        config.setIdGenerator(new StrongUuidGenerator());
        config.setEnforceHistoryTimeToLive(true);
        config.setQueryMaxResultsLimit(2000);
        config.setAuthorizationEnabled(false);
        config.setFailedJobRetryTimeCycle("R5/PT5M");
        jobExecutor = new DefaultJobExecutor();
        settings.apply(jobExecutor);
        config.setJobExecutor(jobExecutor);
        config.setJobExecutorActivate(false);
        config.setBeans(new HashMap<>(stubs(voters, rule)));
        engine = config.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
        try (var files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                deployment.addString("bpmn/" + file.getFileName(), Files.readString(file));
            }
        }
        deployment.enableDuplicateFiltering(true).deploy();
    }

    private static Map<Object, Object> stubs(Voters voters, String rule) {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate nothing = execution -> { };
        for (String name : List.of("returnResponseProposal", "activateImplementationPlan", "returnImplementationPlan",
                "startFinalReview", "completeMilestone", "reopenMilestone", "applyNewDueDate", "refuseDeadlineChange",
                "sendReminder", "markOverdue", "escalateToSecretariat", "escalateToChair", "remindMembers")) {
            beans.put(name, nothing);
        }
        JavaDelegate openDecision = execution -> {
            execution.setVariable("decisionId", 1L);
            execution.setVariable("decisionRule", rule);
        };
        beans.put("openResponseDecision", openDecision);
        beans.put("openPlanDecision", openDecision);
        beans.put("openMilestoneDecision", openDecision);
        beans.put("openDeadlineDecision", openDecision);
        beans.put("closeVoting", (JavaDelegate) execution -> execution.setVariable("quorumReached", true));
        beans.put("applyResponse", (JavaDelegate) execution -> execution.setVariable("responseAccepted", true));
        beans.put("closeDecision", (JavaDelegate) execution -> {
            execution.setVariable("decisionOutcome", "APPROVED");
            execution.setVariable("decisionReason", null);
        });
        beans.put("workingGroupVoters", voters);
        beans.put("milestoneDeadlines", new Deadlines());
        beans.put("milestoneWork", new Work());
        return beans;
    }

    /**
     * Answers of the decision process: these voters (by default the demo group's six), settled by the first vote or
     * by none, never a tie.
     */
    public static final class Voters {
        private final List<String> groups;
        private final boolean settledByFirstVote;

        Voters(List<String> groups, boolean settledByFirstVote) {
            this.groups = groups;
            this.settledByFirstVote = settledByFirstVote;
        }

        public List<String> groups(Long decisionId) {
            return groups;
        }

        public boolean settled(Long decisionId) {
            return settledByFirstVote;
        }

        public boolean tie(Long decisionId) {
            return false;
        }

        public Date closingDate(Long decisionId) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 14L * 86_400_000L);
        }

        public Date reminderDate(Long decisionId) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 11L * 86_400_000L);
        }

        public String chairGroup() {
            return "wg:IOM";
        }
    }

    /** A deadline watch whose reminder fell due a minute ago; the later steps wait thirty days. */
    public static final class Deadlines {
        private static Date later() {
            return new Date(System.currentTimeMillis() + 30L * 86_400_000L);
        }

        public Date reminderAt(Long milestoneId) {
            return new Date(System.currentTimeMillis() - 60_000L);
        }

        public Date overdueAt(Long milestoneId) {
            return later();
        }

        public Date secretariatEscalationAt(Long milestoneId) {
            return later();
        }

        public Date chairEscalationAt(Long milestoneId) {
            return later();
        }
    }

    /** One regional branch with no milestone: the roll-out of the bare runs is empty. */
    public static final class Work {
        public List<String> branches(Long recommendationId) {
            return List.of("REGIONAL");
        }

        public List<Long> milestoneIds(Long recommendationId, String branch) {
            return List.of();
        }
    }

    @Override
    public void close() {
        jobExecutor.shutdown();
        engine.close();
    }
}
