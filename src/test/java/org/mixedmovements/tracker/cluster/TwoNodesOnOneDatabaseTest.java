package org.mixedmovements.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TestClock;
import org.mixedmovements.tracker.NeedsPostgres;
import org.mixedmovements.tracker.PostgresTestDatabase;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.milestone.MilestoneDraft;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.MilestoneState;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workflow.MilestoneDeadlinesProcess;
import org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.DecisionSummary;
import org.mixedmovements.tracker.workinggroup.DecisionType;
import org.mixedmovements.tracker.workinggroup.Outcome;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.mixedmovements.tracker.workinggroup.WorkingGroupDecisions;
import org.mixedmovements.tracker.account.UserAdministration;
import org.mixedmovements.tracker.base.security.Role;
import org.mixedmovements.tracker.security.Http;

/**
 * Two application nodes on one PostgreSQL database, each with its job executor on, as a production cluster runs:
 * timers due at the same moment fire once each, and votes and status reports sent through both nodes at once are
 * either saved or answered "try again" (never lost, never half saved). Accounts too: a person deactivated through one
 * node loses their open session on the other at its next request, and failed sign-ins count across both nodes.
 */
@NeedsPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOneDatabaseTest {

    static final int PLANS = 4;
    static final int MILESTONES_PER_PLAN = 50;

    String database;
    Node a;
    Node b;

    @BeforeAll
    void twoNodesOnAFreshDatabase() {
        String url = PostgresTestDatabase.createFresh();
        database = PostgresTestDatabase.nameOf(url);
        // one after the other, as a rolling start: the first migrates the schema and deploys the processes
        a = Node.start("nodea", url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
        b = Node.start("nodeb", url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    @AfterAll
    void stopTheNodes() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (database != null) {
            PostgresTestDatabase.drop(database);
        }
    }

    @Test
    void twoHundredTimersDueAtTheSameMomentEachFireOnceAcrossBothNodes() throws Exception {
        Fixtures fixtures = a.fixtures();
        List<Long> milestones = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            Long recommendation = fixtures.newRecommendation("Cluster timers " + p);
            fixtures.adopt(recommendation, "R4V");
            List<MilestoneDraft> drafts = IntStream.range(0, MILESTONES_PER_PLAN)
                    .mapToObj(i -> fixtures.milestone("Step " + i, "R4V", 20, false)).toList();
            a.tasks().submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN), drafts);
            fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
            a.bean(RecommendationService.class).details(recommendation).milestones().forEach(m -> milestones.add(m.id()));
        }
        fixtures.signOut();
        int total = PLANS * MILESTONES_PER_PLAN;
        assertThat(milestones).hasSize(total);

        // every milestone's reminder (14 days before its due date) is brought forward to the same moment, 3 s ahead
        ManagementService management = a.bean(ManagementService.class);
        Set<String> watches = a.bean(RuntimeService.class).createVariableInstanceQuery()
                .variableName(MilestoneFollowUpProcess.VAR_MILESTONE_ID).list().stream()
                .filter(v -> milestones.contains(((Number) v.getValue()).longValue()))
                .map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
        List<Job> reminders = management.createJobQuery().timers()
                .activityId(MilestoneDeadlinesProcess.TIMER_REMINDER).list().stream()
                .filter(job -> watches.contains(job.getProcessInstanceId())).toList();
        assertThat(reminders).hasSize(total);
        Date moment = Date.from(TestClock.now().plusSeconds(3)); // on the application's clock, which the nodes share
        reminders.forEach(job -> management.setJobDuedate(job.getId(), moment));

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        inList = milestones.stream().map(String::valueOf).collect(Collectors.joining(","));
        while (countReminders() < total && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
        Thread.sleep(3000); // time for a second firing, which must not happen

        assertThat(countReminders()).isEqualTo(total);
        assertThat(a.jdbc().queryForObject("select count(distinct milestone_id) from milestone_deadline_event"
                + " where kind = 'REMINDER' and milestone_id in (" + inList + ")", Integer.class)).isEqualTo(total);
        // the history a person reads: one audit line per milestone's reminder (no other reminder was due)
        assertThat(a.jdbc().queryForObject("select count(*) from audit_event where action = 'DEADLINE_REMINDER'",
                Integer.class)).isEqualTo(total);
        assertThat(a.jdbc().queryForObject("select count(distinct snapshot) from audit_event"
                + " where action = 'DEADLINE_REMINDER'", Integer.class)).isEqualTo(total);
        // the engine passed each reminder timer once, with no failed job and no incident
        HistoryService history = a.bean(HistoryService.class);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(MilestoneDeadlinesProcess.TIMER_REMINDER)
                .finished().count()).isEqualTo(total);
        assertThat(management.createJobQuery().withException().count()).isZero();
        assertThat(a.bean(RuntimeService.class).createIncidentQuery().count()).isZero();
        // each step went out once: what each node announced adds up to one per milestone
        stepsWentOutOnce(total);
        System.out.printf("%d reminders due at the same moment: node a fired %d, node b fired %d%n", total,
                a.deadlineSteps.get(), b.deadlineSteps.get());
    }

    /**
     * Each deadline step was announced once across the cluster, and told once to each person concerned: every
     * reminder has its notifications (inbox row and mail) for the same recipients, none twice.
     */
    void stepsWentOutOnce(int total) {
        assertThat(a.deadlineSteps.get() + b.deadlineSteps.get()).isEqualTo(total);
        String reminders = " from notification where kind = 'REMINDER' and milestone_id in (" + inList + ")";
        Integer milestonesTold = a.jdbc().queryForObject("select count(distinct milestone_id)" + reminders, Integer.class);
        Integer rows = a.jdbc().queryForObject("select count(*)" + reminders, Integer.class);
        Integer distinctPairs = a.jdbc().queryForObject(
                "select count(*) from (select distinct milestone_id, recipient_id" + reminders + ") told", Integer.class);
        Integer mails = a.jdbc().queryForObject("select count(*) from notification_mail where id in (select mail_id"
                + reminders + ")", Integer.class);
        assertThat(milestonesTold).as("milestones whose reminder reached someone").isEqualTo(total);
        assertThat(rows).as("one notification per reminder and person").isEqualTo(distinctPairs);
        assertThat(mails).as("one mail per reminder and person (email is each person's choice)").isLessThanOrEqualTo(rows);
    }

    String inList = "0";

    int countReminders() {
        return a.jdbc().queryForObject("select count(*) from milestone_deadline_event where kind = 'REMINDER'"
                + " and milestone_id in (" + inList + ")", Integer.class);
    }

    /** What a person sees: saved; "someone changed this at the same moment, try again"; or "already done/decided". */
    enum Answer { SAVED, TRY_AGAIN, ALREADY_DONE }

    record Request(Node node, String username, Long recommendation, int value) {
    }

    static final String PASSWORD = "Granite-Willow-3141";

    /** A new agency focal point, created through node a. */
    Long newPerson(String username) {
        Fixtures fixtures = a.fixtures();
        fixtures.signIn("admin");
        try {
            return a.bean(UserAdministration.class).create(new UserAdministration.NewUser(username, "Cluster " + username,
                    null, fixtures.organisation("R4V"), Role.AGENCY, "en", PASSWORD));
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void aPersonDeactivatedThroughOneNodeLosesTheirOpenSessionOnTheOtherAtItsNextRequest() throws Exception {
        String username = "cluster.session." + System.nanoTime() % 100000;
        Long id = newPerson(username);
        Http onB = new Http(b.port());
        assertThat(Http.location(onB.login(username, PASSWORD))).doesNotContain("/login");
        assertThat(onB.get("/tasks").statusCode()).as("signed in on node b").isEqualTo(200);

        Fixtures fixtures = a.fixtures();
        fixtures.signIn("admin");
        try {
            a.bean(UserAdministration.class).setEnabled(id, false);
        } finally {
            fixtures.signOut();
        }

        var next = onB.get("/tasks");
        assertThat(next.statusCode()).as("the open session on node b is refused at its next request").isEqualTo(302);
        assertThat(Http.location(next)).endsWith("/login");
        assertThat(Http.location(onB.login(username, PASSWORD))).as("nor can they sign in again").contains("/login?error");
    }

    @Test
    void failedSignInsThroughOneNodeLockTheAccountOnTheOtherToo() throws Exception {
        String username = "cluster.throttle." + System.nanoTime() % 100000;
        newPerson(username);
        Http onA = new Http(a.port());
        for (int i = 1; i <= 3; i++) {
            assertThat(Http.location(onA.login(username, "wrong-guess-" + i))).contains("/login?error");
        }
        Http onB = new Http(b.port());
        for (int i = 4; i <= 5; i++) {
            assertThat(Http.location(onB.login(username, "wrong-guess-" + i))).contains("/login?error");
        }
        assertThat(Http.location(new Http(a.port()).login(username, PASSWORD)))
                .as("five failures across both nodes lock the account from this address").contains("/login?locked=");
        assertThat(Http.location(new Http(b.port()).login(username, PASSWORD))).contains("/login?locked=");
        a.jdbc().update("delete from login_lock where username_key = ?", username);
    }

    @Test
    void votesSentThroughBothNodesAtOnceAreEachSavedOrAnsweredTryAgain() throws Exception {
        Fixtures fixtures = a.fixtures();
        List<Long> recommendations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Long recommendation = fixtures.newRecommendation("Cluster votes " + i);
            fixtures.adopt(recommendation, "R4V");
            a.tasks().submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                    List.of(fixtures.milestone("Voted on by two nodes", "R4V", 30, false)));
            recommendations.add(recommendation);
        }
        fixtures.signOut();
        List<Request> requests = new ArrayList<>();
        for (Long recommendation : recommendations) {
            for (int m = 0; m < Fixtures.MEMBERS.size(); m++) {
                requests.add(new Request(m % 2 == 0 ? a : b, Fixtures.MEMBERS.get(m), recommendation, m));
            }
        }
        Map<Request, Answer> answers = allAtOnce(requests, TwoNodesOnOneDatabaseTest::approve);

        WorkingGroupDecisions decisions = b.bean(WorkingGroupDecisions.class);
        for (Long recommendation : recommendations) {
            DecisionSummary plan = planDecision(decisions, recommendation);
            List<String> saved = requests.stream().filter(r -> r.recommendation().equals(recommendation)
                    && answers.get(r) == Answer.SAVED).map(Request::username).toList();
            // every vote answered "saved" is there, and no other
            assertThat(plan.votes()).extracting(DecisionSummary.CastVote::voter).containsExactlyInAnyOrderElementsOf(saved);
        }
        // the members told "try again" do so (while the decision is open), and then every plan is approved and in force
        for (Request r : requests) {
            if (answers.get(r) == Answer.TRY_AGAIN) {
                try {
                    approve(r);
                } catch (StateConflictException alreadyDecided) {
                    // the others' votes settled it meanwhile: the member is told, nothing is lost
                } finally {
                    r.node().fixtures().signOut();
                }
            }
        }
        for (Long recommendation : recommendations) {
            DecisionSummary plan = planDecision(decisions, recommendation);
            assertThat(plan.votes()).hasSizeGreaterThanOrEqualTo(
                    (int) requests.stream().filter(r -> r.recommendation().equals(recommendation)
                            && answers.get(r) == Answer.SAVED).count());
            assertThat(plan.open()).isFalse();
            assertThat(plan.outcome()).isEqualTo(Outcome.APPROVED);
            assertThat(b.bean(RecommendationService.class).details(recommendation).milestones())
                    .extracting(MilestoneRow::state).containsOnly(MilestoneState.APPROVED);
        }
        System.out.printf("%d votes at once through two nodes: %d saved, %d told to try again, %d told already"
                        + " decided%n", requests.size(), answers.values().stream().filter(Answer.SAVED::equals).count(),
                answers.values().stream().filter(Answer.TRY_AGAIN::equals).count(),
                answers.values().stream().filter(Answer.ALREADY_DONE::equals).count());
    }

    @Test
    void statusReportsSentThroughBothNodesAtOnceAreEachSavedOrAnsweredTryAgain() throws Exception {
        Fixtures fixtures = a.fixtures();
        Long recommendation = fixtures.newRecommendation("Cluster reports");
        fixtures.adopt(recommendation, "R4V");
        a.tasks().submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Reported from two nodes", "R4V", 30, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        String task = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        fixtures.signOut();
        Long milestone = a.bean(RecommendationService.class).details(recommendation).milestones().get(0).id();

        List<Request> requests = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new Request(i % 2 == 0 ? a : b, "agency.r4v", recommendation, i * 5)).toList();
        Map<Request, Answer> answers = allAtOnce(requests, r -> {
            r.node().fixtures().signIn(r.username());
            r.node().tasks().reportMilestone(task, ReportedStatus.IN_PROGRESS, r.value(), "Report " + r.value());
        });

        List<String> savedNotes = requests.stream().filter(r -> answers.get(r) == Answer.SAVED)
                .map(r -> "Report " + r.value()).toList();
        List<String> audited = a.jdbc().queryForList("select summary from audit_event where action = 'MILESTONE_REPORTED'"
                + " and snapshot = ? order by id", String.class, "milestone " + milestone);
        // one history line per saved report, none for a report told to try again
        assertThat(audited).hasSize(savedNotes.size());
        assertThat(audited).allSatisfy(line -> assertThat(savedNotes).anySatisfy(note -> assertThat(line).endsWith(note)));
        // what the milestone shows is the last saved report
        MilestoneRow row = b.bean(RecommendationService.class).details(recommendation).milestones().get(0);
        assertThat(audited.get(audited.size() - 1)).contains(row.progress() + " %");
        System.out.printf("%d status reports at once through two nodes: %d saved, %d told to try again%n",
                requests.size(), savedNotes.size(), requests.size() - savedNotes.size());
    }

    /** A member opens My tasks on the node and approves the plan; a vote task already gone is "already decided". */
    static void approve(Request r) {
        Fixtures on = r.node().fixtures();
        String task = on.findTask(r.username(), r.recommendation(), WorkItemKind.CAST_VOTE)
                .orElseThrow(() -> new StateConflictException("task.error.gone"));
        r.node().tasks().vote(task, VoteChoice.APPROVE, null);
    }

    static DecisionSummary planDecision(WorkingGroupDecisions decisions, Long recommendation) {
        return decisions.ofRecommendation(recommendation).stream().filter(d -> d.type() == DecisionType.PLAN)
                .findFirst().orElseThrow();
    }

    interface Action {
        void run(Request request) throws Exception;
    }

    /**
     * Sends every request at the same moment, each on its own thread through its node. Every one must be answered:
     * saved, or "try again" ({@link ConcurrentUpdateException}); anything else fails the test.
     */
    static Map<Request, Answer> allAtOnce(List<Request> requests, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Request r : requests) {
                Callable<Answer> call = () -> {
                    start.await();
                    try {
                        action.run(r);
                        return Answer.SAVED;
                    } catch (ConcurrentUpdateException tryAgain) {
                        return Answer.TRY_AGAIN;
                    } catch (StateConflictException alreadyDone) {
                        return Answer.ALREADY_DONE;
                    } finally {
                        r.node().fixtures().signOut();
                    }
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            Map<Request, Answer> answers = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
            for (int i = 0; i < requests.size(); i++) {
                answers.put(requests.get(i), futures.get(i).get()); // an unexpected exception fails the test here
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
