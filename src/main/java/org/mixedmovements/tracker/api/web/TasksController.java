package org.mixedmovements.tracker.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.MilestoneReport;
import org.mixedmovements.tracker.milestone.MilestoneRow;
import org.mixedmovements.tracker.milestone.ReportedStatus;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.task.TaskCard;
import org.mixedmovements.tracker.task.TaskEntry;
import org.mixedmovements.tracker.task.TaskListService;
import org.mixedmovements.tracker.task.TaskScope;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agency's own work, as in "My tasks": its open tasks, and for milestone work the report (status, progress, note),
 * the evidence (a file or a link) and a request for more time. Only tasks offered to the user's organisation and held
 * by nobody else can be changed (403 otherwise); an unknown or completed task is 404. Every change names the version of
 * the milestone it was made on ({@code If-Match}, from the {@code ETag} of a read), so none saves over another's.
 */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = "application/json")
@Tag(name = "My tasks", description = "The signed-in user's open tasks and the updates an owner makes on its milestones")
class TasksController {

    static final String IF_MATCH = "the ETag of the task (or its report, or its milestone) as last read, e.g. W/\"3\": "
            + "412 if the milestone changed since, 428 without it";

    private final TaskListService lists;
    private final MyTaskService tasks;
    private final ApiTaskUpdates updates;

    TasksController(TaskListService lists, MyTaskService tasks, ApiTaskUpdates updates) {
        this.lists = lists;
        this.tasks = tasks;
        this.updates = updates;
    }

    /** The owner's report on a milestone. */
    record ReportRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReportedStatus status,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "100") Integer progress,
                         @Schema(description = "what was done; where evidence is required, a report of DONE needs a "
                                 + "note or attached evidence", maxLength = 4000) String note) {
    }

    /** Evidence given as a link (http or https). */
    record LinkRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String url,
                       @Schema(maxLength = 1000) String note) {
    }

    /** The owner asks for a new due date; the working group decides. */
    record DeadlineChangeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String reason) {
    }

    /** A member organisation's vote on the decision of its vote task. */
    record VoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                               description = "APPROVE (consent, under the no-objection rule) or REJECT (object)")
                       VoteChoice choice,
                       @Schema(description = "why; required to reject or object (the owner reads it)", maxLength = 4000)
                       String reason) {
    }

    @GetMapping
    @Operation(summary = "Open tasks: MINE (held by me or free for me to claim) or ORGANISATION (every open task of my "
            + "organisation); late milestone work first, then by due date")
    ApiPage<TaskEntry> list(@RequestParam(defaultValue = "MINE") TaskScope scope,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        int total = lists.count(scope);
        return new ApiPage<>(lists.page(scope, paging.offset(), paging.size()), paging.page(), paging.size(), total,
                (total + paging.size() - 1) / paging.size());
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One of my tasks; for work on a milestone, the ETag is the milestone's version")
    TaskCard task(@PathVariable String taskId, HttpServletResponse response) {
        TaskCard card = tasks.task(taskId);
        tasks.milestoneVersion(taskId)
                .ifPresent(version -> response.setHeader(HttpHeaders.ETAG, IfMatch.etag(version)));
        return card;
    }

    @GetMapping("/{taskId}/report")
    @Operation(summary = "The last report on the task's milestone; the ETag is the milestone's version")
    MilestoneReport report(@PathVariable String taskId, HttpServletResponse response) {
        MilestoneReport report = tasks.milestoneReport(taskId);
        response.setHeader(HttpHeaders.ETAG, IfMatch.etag(report.version()));
        return report;
    }

    @PutMapping(path = "/{taskId}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report status, progress and a note on the task's milestone; DONE completes the work task. "
            + "412 when the milestone changed since the ETag sent in If-Match was read; the answer's ETag is the new "
            + "version")
    MilestoneRow report(@PathVariable String taskId, @Parameter(description = IF_MATCH, required = true)
                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                        @RequestBody ReportRequest report, HttpServletResponse response) {
        MilestoneRow row = updates.report(taskId, new IfMatch(ifMatch), report.status(), report.progress(),
                report.note());
        response.setHeader(HttpHeaders.ETAG, IfMatch.etag(row.version()));
        return row;
    }

    @PostMapping(path = "/{taskId}/vote", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cast the organisation's vote on the decision of a vote task (Cast vote, Object or consent, "
            + "or the chair's casting vote on a tie), as the Approvals card does: once per organisation, none on what "
            + "it owns; when the votes settle the decision it is taken at once. 404 for a task that is not an open "
            + "vote (cast already, or the decision taken), 409 when the decision no longer takes votes")
    void vote(@PathVariable String taskId, @RequestBody VoteRequest vote) {
        updates.vote(taskId, vote.choice(), vote.reason());
    }

    @GetMapping("/{taskId}/evidence")
    @Operation(summary = "The evidence attached to the task's milestone, newest first")
    ApiPage<EvidenceItem> evidence(@PathVariable String taskId,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return ApiPage.slice(tasks.evidenceFor(taskId), paging);
    }

    @PostMapping(path = "/{taskId}/evidence/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file (PDF, office documents, images, text; at most 10 MB)")
    EvidenceItem attachFile(@PathVariable String taskId,
                            @Parameter(description = IF_MATCH, required = true)
                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                            @RequestPart("file") MultipartFile file,
                            @Parameter(description = "what the file shows") @RequestParam(required = false) String note)
            throws IOException {
        return updates.attachFile(taskId, new IfMatch(ifMatch), file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), note);
    }

    @PostMapping(path = "/{taskId}/evidence/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a link (http or https)")
    EvidenceItem attachLink(@PathVariable String taskId, @Parameter(description = IF_MATCH, required = true)
                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                            @RequestBody LinkRequest link) {
        return updates.attachLink(taskId, new IfMatch(ifMatch), link.url(), link.note());
    }

    @PostMapping(path = "/{taskId}/deadline-change", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask for a new due date for the task's milestone; the working group decides")
    void requestDeadlineChange(@PathVariable String taskId, @Parameter(description = IF_MATCH, required = true)
                               @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                               @RequestBody DeadlineChangeRequest change) {
        updates.requestDeadlineChange(taskId, new IfMatch(ifMatch), change.dueDate(), change.reason());
    }
}
