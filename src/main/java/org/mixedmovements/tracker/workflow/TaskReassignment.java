package org.mixedmovements.tracker.workflow;

import static org.mixedmovements.tracker.workflow.MilestoneFollowUpProcess.VAR_MILESTONE_ID;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.base.StateConflictException;
import org.mixedmovements.tracker.milestone.MilestoneOwnerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves open user tasks when work is reassigned. A milestone given to another organisation: its open work task is
 * offered to the new owner's staff instead of the old one's (the follow-up process keeps no owner variable; the task
 * listener in {@link MilestoneWork} reads the owner when a task is created, so later tasks follow by themselves), and
 * any assignee of the old owner is cleared. Runs synchronously in the reassigning transaction: the new owner sees the
 * task in "my tasks" at once, or nothing changes.
 */
@Component
public class TaskReassignment {

    private final TaskService tasks;
    private final WorkItems workItems;

    TaskReassignment(TaskService tasks, WorkItems workItems) {
        this.tasks = tasks;
        this.workItems = workItems;
    }

    @EventListener
    void on(MilestoneOwnerChanged changed) {
        String newGroup = WorkGroups.organisation(changed.newOwnerCode());
        for (Task task : openWorkTasks(changed.milestoneId())) {
            boolean offeredToNewOwner = false;
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
                    continue;
                }
                if (link.getGroupId().equals(newGroup)) {
                    offeredToNewOwner = true;
                } else if (WorkGroups.organisationCodeOf(link.getGroupId())
                        .map(WorkGroups::organisation).filter(link.getGroupId()::equals).isPresent()) {
                    tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                }
            }
            if (!offeredToNewOwner) {
                tasks.addCandidateGroup(task.getId(), newGroup);
            }
            if (task.getAssignee() != null) {
                tasks.setAssignee(task.getId(), null);
            }
        }
    }

    /** The open "work on milestone" task of the milestone, if it has one. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openWorkOn(Long milestoneId) {
        return openWorkTasks(milestoneId).stream().findFirst().flatMap(t -> workItems.find(t.getId()));
    }

    /** The assignee of each milestone's open work task, for the milestones whose task has one. */
    @Transactional(readOnly = true)
    public Map<Long, String> workAssignees(Collection<Long> milestoneIds) {
        Map<Long, String> assignees = new LinkedHashMap<>();
        for (Long id : milestoneIds) {
            openWorkTasks(id).stream().map(Task::getAssignee).filter(a -> a != null).findFirst()
                    .ifPresent(a -> assignees.put(id, a));
        }
        return assignees;
    }

    /** Sets (or, with null, clears) the person an open task is assigned to; its candidate groups stay. */
    @Transactional
    public void assign(String taskId, String username) {
        if (tasks.createTaskQuery().taskId(taskId).active().singleResult() == null) {
            throw new StateConflictException("task.error.gone");
        }
        tasks.setAssignee(taskId, username);
    }

    private List<Task> openWorkTasks(Long milestoneId) {
        return tasks.createTaskQuery()
                .processDefinitionKey(MilestoneFollowUpProcess.PROCESS_ID)
                .taskDefinitionKey(MilestoneFollowUpProcess.TASK_WORK_ON_MILESTONE)
                .processVariableValueEquals(VAR_MILESTONE_ID, milestoneId)
                .active()
                .list();
    }
}
