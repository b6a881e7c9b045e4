package org.mixedmovements.tracker.workflow;

import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.mixedmovements.tracker.base.ConcurrentUpdateException;
import org.mixedmovements.tracker.base.NotPermittedException;
import org.mixedmovements.tracker.base.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a task: a member of one of its candidate groups claims it (it is then theirs alone to complete) and
 * releases it back to the group. Callers pass the user's name and groups and record what was done.
 */
@Service
public class TaskClaims {

    private final TaskService tasks;
    private final WorkItems workItems;

    TaskClaims(TaskService tasks, WorkItems workItems) {
        this.tasks = tasks;
        this.workItems = workItems;
    }

    /**
     * Assigns the task to the user. Refused if the task is gone, is not offered to one of the user's groups, or is
     * already held (by someone else, or by the user: a second click records nothing).
     */
    @Transactional
    public WorkItem claim(String taskId, String username, Set<String> userGroups) {
        WorkItem item = open(taskId);
        if (!item.offeredToAny(userGroups)) {
            throw new NotPermittedException("mytasks.claim.error.not-candidate");
        }
        if (username.equals(item.assignee())) {
            throw new StateConflictException("mytasks.claim.error.already-yours");
        }
        if (item.assignee() != null) {
            throw new StateConflictException("mytasks.claim.error.held", item.assignee());
        }
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException raced) {
            throw new StateConflictException("mytasks.claim.error.held", raced.getTaskAssignee());
        } catch (NullValueException gone) {
            throw new StateConflictException("task.error.gone");
        } catch (OptimisticLockingException raced) {
            throw new ConcurrentUpdateException();
        }
        return withAssignee(item, username);
    }

    /** Gives the task back to its candidate groups. Only its holder releases it. */
    @Transactional
    public WorkItem release(String taskId, String username) {
        WorkItem item = open(taskId);
        if (item.assignee() == null) {
            throw new StateConflictException("mytasks.release.error.not-held");
        }
        if (!username.equals(item.assignee())) {
            throw new NotPermittedException("mytasks.release.error.not-holder", item.assignee());
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (NullValueException gone) {
            throw new StateConflictException("task.error.gone");
        } catch (OptimisticLockingException raced) {
            throw new ConcurrentUpdateException();
        }
        return withAssignee(item, null);
    }

    private WorkItem open(String taskId) {
        return workItems.find(taskId).orElseThrow(() -> new StateConflictException("task.error.gone"));
    }

    private static WorkItem withAssignee(WorkItem item, String assignee) {
        return new WorkItem(item.id(), item.kind(), item.recommendationId(), item.milestoneId(), item.decisionId(),
                item.progressReportId(), item.candidateGroups(), assignee, item.created());
    }
}
