package org.mixedmovements.tracker.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.organisation.MemberLeftWorkingGroup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An organisation left the working group: its open vote tasks close without a vote, so that a decision waiting only
 * for it can settle; the count already leaves it out.
 */
@Component
class MembershipChanges {

    private final TaskService tasks;

    MembershipChanges(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(MemberLeftWorkingGroup left) {
        for (Task vote : tasks.createTaskQuery()
                .taskCandidateGroup(WorkGroups.member(left.organisationCode()))
                .taskDefinitionKeyIn(WorkingGroupDecisionProcess.TASK_CAST_VOTE,
                        WorkingGroupDecisionProcess.TASK_CONSIDER_OBJECTION)
                .list()) {
            tasks.complete(vote.getId());
        }
    }
}
