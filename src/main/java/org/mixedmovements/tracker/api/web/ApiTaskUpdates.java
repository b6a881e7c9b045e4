package org.mixedmovements.tracker.api.web;

import org.mixedmovements.tracker.audit.AuditDetails;
import java.time.LocalDate;
import org.mixedmovements.tracker.api.ApiTokenService;
import org.mixedmovements.tracker.api.TokenAuthentication;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's updates through the API: the "My tasks" actions of {@link MyTaskService}, which check that the task is
 * offered to the user's organisation and that nobody else holds it. A change made with a token is also recorded
 * against the token, in the same transaction as the change (all or nothing). Each names the version of the task's
 * milestone it was made on ({@link IfMatch}): asked for once the task is known to be the caller's (so another
 * organisation still gets 403, not 428), and compared in the transaction of the change.
 */
@Service
class ApiTaskUpdates {

    private final MyTaskService tasks;
    private final ApiTokenService tokens;

    ApiTaskUpdates(MyTaskService tasks, ApiTokenService tokens) {
        this.tasks = tasks;
        this.tokens = tokens;
    }

    @Transactional
    MilestoneRow report(String taskId, IfMatch ifMatch, ReportedStatus status, Integer progress, String note) {
        Long expected = versionOf(taskId, ifMatch);
        if (progress == null) {
            throw InvalidInputException.of("progress", "validation.required");
        }
        MilestoneRow row = tasks.reportMilestone(taskId, expected, status, progress, note);
        audit("API_MILESTONE_REPORTED", "audit.details.api-milestone-reported", row.name(),
                AuditDetails.word("reported.", status), progress);
        return row;
    }

    @Transactional
    EvidenceItem attachFile(String taskId, IfMatch ifMatch, String fileName, String contentType, byte[] content,
                            String note) {
        requireVersion(taskId, ifMatch);
        EvidenceItem item = tasks.attachFile(taskId, fileName, contentType, content, note);
        audit("API_EVIDENCE_ADDED", "audit.details.api-evidence-file", item.fileName(), item.milestoneId());
        return item;
    }

    @Transactional
    EvidenceItem attachLink(String taskId, IfMatch ifMatch, String url, String note) {
        requireVersion(taskId, ifMatch);
        EvidenceItem item = tasks.attachLink(taskId, url, note);
        audit("API_EVIDENCE_ADDED", "audit.details.api-evidence-link", item.linkUrl(), item.milestoneId());
        return item;
    }

    @Transactional
    void requestDeadlineChange(String taskId, IfMatch ifMatch, LocalDate dueDate, String reason) {
        requireVersion(taskId, ifMatch);
        Long milestone = tasks.task(taskId).milestoneId();
        tasks.requestDeadlineChange(taskId, dueDate, reason);
        audit("API_DEADLINE_CHANGE_REQUESTED", "audit.details.api-deadline-change-requested", dueDate, milestone);
    }

    /**
     * The organisation's vote (or objection, or the chair's casting vote) on the decision of a vote task, as the
     * Approvals card casts it. Not one transaction with its record against the token: the vote retries a race lost to
     * another member's vote in transactions of its own ({@link MyTaskService#vote}), and the record follows once it
     * counts. A missing choice is refused once the task is known to be the caller's (another organisation gets 403).
     */
    void vote(String taskId, VoteChoice choice, String reason) {
        if (choice == null) {
            tasks.task(taskId);
            throw InvalidInputException.of("choice", "validation.required");
        }
        tasks.vote(taskId, choice, reason);
        audit("API_VOTE_CAST", "audit.details.api-vote-cast", AuditDetails.word("vote.", choice), taskId);
    }

    /** The version the write names, once the task is known to be the caller's; {@code null} for {@code *}. */
    private Long versionOf(String taskId, IfMatch ifMatch) {
        tasks.task(taskId);
        return ifMatch.version();
    }

    private void requireVersion(String taskId, IfMatch ifMatch) {
        Long expected = versionOf(taskId, ifMatch);
        if (expected != null) {
            tasks.requireMilestoneVersion(taskId, expected);
        }
    }

    private void audit(String action, String detailsKey, Object... arguments) {
        TokenAuthentication.current().ifPresent(token -> tokens.recordApiChange(token, action, detailsKey, arguments));
    }
}
