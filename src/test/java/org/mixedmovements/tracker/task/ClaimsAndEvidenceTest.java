package org.mixedmovements.tracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.Fixtures;
import org.mixedmovements.tracker.TrackerTest;
import org.mixedmovements.tracker.audit.AuditEntry;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.base.UserFacingException;
import org.mixedmovements.tracker.milestone.EvidenceFile;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidencePolicy;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.milestone.ImplementationPlanService;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.recommendation.RecommendationService;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claiming and releasing tasks, and the owner's milestone update with its evidence, through the services: who may do
 * what, and that a refusal writes nothing.
 */
@TrackerTest
class ClaimsAndEvidenceTest {

    static final byte[] PDF = "%PDF-1.7\n% the minutes of the regional workshop".getBytes(StandardCharsets.UTF_8);

    @Autowired Fixtures fixtures;
    @Autowired MyTaskService tasks;
    @Autowired TaskListService lists;
    @Autowired EvidenceService evidence;
    @Autowired ImplementationPlanService plans;
    @Autowired RecommendationService recommendations;

    Long recommendation;
    /** OCHA's milestone (OCHA: the secretariat, wg.ocha and admin) and R4V's. */
    String ochaWork;
    Long ochaMilestone;
    Long r4vMilestone;

    @BeforeEach
    void approveAPlanWithAnOchaAndAnR4vMilestone() {
        recommendation = fixtures.newRecommendation("Claims and evidence");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("Secretariat sets up the information hub", "OCHA", 30, true),
                        fixtures.milestone("Platform maps its partners", "R4V", 40, false)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        ochaWork = fixtures.taskOf("secretariat", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        ochaMilestone = tasks.task(ochaWork).milestoneId();
        fixtures.signIn("agency.r4v");
        r4vMilestone = tasks.myTasks().stream().filter(c -> c.recommendationId().equals(recommendation)
                && c.kind() == WorkItemKind.WORK_ON_MILESTONE).findFirst().orElseThrow().milestoneId();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    TaskEntry entry(String username, TaskScope scope) {
        fixtures.signIn(username);
        return lists.page(scope, 0, 500).stream().filter(e -> e.card().taskId().equals(ochaWork)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " does not see the task in " + scope));
    }

    List<String> historyActions() {
        return recommendations.details(recommendation).history().stream().map(AuditEntry::action).toList();
    }

    static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void a_claimed_task_leaves_the_colleagues_list_shows_who_holds_it_and_comes_back_when_released() {
        TaskEntry free = entry("wg.ocha", TaskScope.MINE);
        assertThat(free.canClaim()).isTrue();
        assertThat(free.held()).isFalse();

        fixtures.signIn("secretariat");
        tasks.claim(ochaWork);
        assertThatThrownBy(() -> tasks.claim(ochaWork))
                .isInstanceOf(StateConflictException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("mytasks.claim.error.already-yours"));
        TaskEntry mine = entry("secretariat", TaskScope.MINE);
        assertThat(mine.heldByMe()).isTrue();
        assertThat(mine.canAct()).isTrue();
        assertThat(mine.canClaim()).isFalse();

        fixtures.signIn("wg.ocha");
        assertThat(lists.page(TaskScope.MINE, 0, 500)).noneMatch(e -> e.card().taskId().equals(ochaWork));
        TaskEntry seenByColleague = entry("wg.ocha", TaskScope.ORGANISATION);
        assertThat(seenByColleague.holder()).isEqualTo("secretariat");
        assertThat(seenByColleague.holderName()).isNotBlank();
        assertThat(seenByColleague.canAct()).isFalse();
        assertThat(seenByColleague.canClaim()).isFalse();

        fixtures.signIn("secretariat");
        tasks.release(ochaWork);
        assertThat(entry("wg.ocha", TaskScope.MINE).held()).isFalse();
        assertThat(historyActions()).containsSubsequence("TASK_CLAIMED", "TASK_RELEASED");
        assertThat(historyActions()).filteredOn("TASK_CLAIMED"::equals).hasSize(1);
    }

    @Test
    void a_task_held_by_a_colleague_can_be_neither_completed_claimed_nor_released_by_me() {
        fixtures.signIn("secretariat");
        tasks.claim(ochaWork);

        fixtures.signIn("wg.ocha");
        assertThatThrownBy(() -> tasks.reportMilestone(ochaWork, ReportedStatus.IN_PROGRESS, 10, "Started"))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("mytasks.error.held-by-other"));
        assertThatThrownBy(() -> tasks.attachLink(ochaWork, "https://example.org/minutes", null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> tasks.claim(ochaWork))
                .isInstanceOf(StateConflictException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("mytasks.claim.error.held"));
        assertThatThrownBy(() -> tasks.release(ochaWork))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("mytasks.release.error.not-holder"));
        assertThat(plans.currentReport(ochaMilestone).status()).isEqualTo(ReportedStatus.NOT_STARTED);
        assertThat(evidence.list(ochaMilestone)).isEmpty();
    }

    @Test
    void only_a_member_of_the_group_the_task_is_offered_to_can_claim_it() {
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> tasks.claim(ochaWork))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("mytasks.claim.error.not-candidate"));
        assertThat(entry("secretariat", TaskScope.MINE).held()).isFalse();
        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> tasks.release(ochaWork)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void an_agency_cannot_update_another_organisations_milestone_even_calling_the_services_directly() {
        fixtures.signIn("agency.r4v");
        assertThatThrownBy(() -> tasks.reportMilestone(ochaWork, ReportedStatus.BLOCKED, 5, "Not ours"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.report(ochaMilestone, ReportedStatus.BLOCKED, 5, "Not ours"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> evidence.addFile(ochaMilestone, "minutes.pdf", "application/pdf", PDF, null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> evidence.addLink(ochaMilestone, "https://example.org/minutes", null))
                .isInstanceOf(NotPermittedException.class);
        MilestoneReport unchanged = plans.currentReport(ochaMilestone);
        assertThat(unchanged.status()).isEqualTo(ReportedStatus.NOT_STARTED);
        assertThat(unchanged.progress()).isZero();
        assertThat(evidence.list(ochaMilestone)).isEmpty();
        assertThat(historyActions()).doesNotContain("MILESTONE_REPORTED", "EVIDENCE_ADDED");
    }

    @Test
    void status_progress_and_note_are_saved_shown_on_the_next_update_and_written_to_the_history() {
        fixtures.signIn("secretariat");
        tasks.reportMilestone(ochaWork, ReportedStatus.BLOCKED, 35, "Waiting for the hosting agreement");
        MilestoneReport report = tasks.milestoneReport(ochaWork);
        assertThat(report.status()).isEqualTo(ReportedStatus.BLOCKED);
        assertThat(report.progress()).isEqualTo(35);
        assertThat(report.note()).isEqualTo("Waiting for the hosting agreement");
        assertThat(entry("wg.ocha", TaskScope.ORGANISATION).reportedStatus()).isEqualTo(ReportedStatus.BLOCKED);
        assertThat(recommendations.details(recommendation).history())
                .anyMatch(e -> e.action().equals("MILESTONE_REPORTED") && e.actor().equals("secretariat")
                        && e.summary().contains("Blocked, 35 %") && e.summary().contains("Waiting for the hosting agreement"));
    }

    @Test
    void a_file_is_kept_under_its_sanitised_name_and_downloads_with_the_same_bytes_type_and_name() {
        fixtures.signIn("secretariat");
        EvidenceItem added = tasks.attachFile(ochaWork, "C:\\Users\\ocha\\Desktop\\minutes.pdf", "application/pdf",
                PDF, "Signed minutes");
        assertThat(added.fileName()).isEqualTo("minutes.pdf");
        assertThat(added.sizeBytes()).isEqualTo(PDF.length);

        fixtures.signIn("agency.ibchm"); // any signed-in user reads evidence
        assertThat(evidence.list(ochaMilestone)).extracting(EvidenceItem::fileName, EvidenceItem::note,
                EvidenceItem::uploadedBy).containsExactly(org.assertj.core.groups.Tuple.tuple("minutes.pdf",
                "Signed minutes", "secretariat"));
        EvidenceFile file = evidence.download(added.id());
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("minutes.pdf");
        assertThat(evidence.ofRecommendation(recommendation, org.springframework.data.domain.PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(1);
        assertThat(recommendations.details(recommendation).history())
                .anyMatch(e -> e.action().equals("EVIDENCE_ADDED") && e.summary().contains("minutes.pdf"));
    }

    @Test
    void a_too_large_or_wrong_type_file_is_refused_with_its_reason_and_nothing_is_written() {
        fixtures.signIn("secretariat");
        byte[] tooLarge = new byte[EvidencePolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> tasks.attachFile(ochaWork, "scan.pdf", "application/pdf", tooLarge, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("mytasks.evidence.error.too-large"));
        assertThatThrownBy(() -> tasks.attachFile(ochaWork, "tool.exe", "application/x-msdownload", PDF, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("mytasks.evidence.error.type"));
        assertThatThrownBy(() -> tasks.attachFile(ochaWork, "page.pdf", "text/html", PDF, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(evidence.list(ochaMilestone)).isEmpty();
        assertThat(historyActions()).doesNotContain("EVIDENCE_ADDED");
    }

    @Test
    void a_link_must_be_http_or_https() {
        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> tasks.attachLink(ochaWork, "javascript:alert(document.cookie)", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("mytasks.evidence.error.link"));
        assertThatThrownBy(() -> tasks.attachLink(ochaWork, "ftp://files.example.org/minutes.pdf", null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(evidence.list(ochaMilestone)).isEmpty();
        EvidenceItem link = tasks.attachLink(ochaWork, " https://www.r4v.info/en/hub ", "The hub's page");
        assertThat(link.linkUrl()).isEqualTo("https://www.r4v.info/en/hub");
        assertThat(link.isLink()).isTrue();
        assertThatThrownBy(() -> evidence.download(link.id())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void done_on_a_milestone_that_needs_evidence_is_accepted_once_a_file_or_link_is_attached() {
        fixtures.signIn("secretariat");
        assertThatThrownBy(() -> tasks.reportMilestone(ochaWork, ReportedStatus.DONE, 100, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("mytasks.report.error.evidence-required"));
        tasks.attachLink(ochaWork, "https://example.org/hub-launch", null);
        tasks.reportMilestone(ochaWork, ReportedStatus.DONE, 100, null);
        assertThat(plans.currentReport(ochaMilestone).status()).isEqualTo(ReportedStatus.DONE);
        assertThat(fixtures.findTask("secretariat", recommendation, WorkItemKind.WORK_ON_MILESTONE)).isEmpty();
    }
}
