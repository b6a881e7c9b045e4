package org.mixedmovements.tracker.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mixedmovements.tracker.organisation.ChairMoved;
import org.mixedmovements.tracker.organisation.MemberLeftWorkingGroup;
import org.mixedmovements.tracker.organisation.MemberStoppedVoting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An organisation left the working group or lost its vote: its open vote tasks close without a vote, so that a
 * decision waiting only for it can settle; the count already leaves it out. When the chair moves, a tie waiting for
 * the chair moves with it.
 */
@Component
class MembershipChanges {

    private final TaskService tasks;

    MembershipChanges(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(MemberLeftWorkingGroup left) {
        closeOpenVotes(left.organisationCode());
    }

    /** A member that no longer votes is treated like one that left, as far as open votes go. */
    @EventListener
    void on(MemberStoppedVoting stopped) {
        closeOpenVotes(stopped.organisationCode());
    }

    /** A tie waiting for the chair follows the chair flag to its new holder. */
    @EventListener
    void on(ChairMoved moved) {
        String from = moved.fromCode() == null ? WorkGroups.SECRETARIAT : WorkGroups.member(moved.fromCode());
        for (Task tie : tasks.createTaskQuery()
                .taskCandidateGroup(from)
                .taskDefinitionKey(WorkingGroupDecisionProcess.TASK_CHAIR_DECIDES)
                .list()) {
            tasks.deleteCandidateGroup(tie.getId(), from);
            tasks.addCandidateGroup(tie.getId(), WorkGroups.member(moved.toCode()));
        }
    }

    private void closeOpenVotes(String organisationCode) {
        for (Task vote : tasks.createTaskQuery()
                .taskCandidateGroup(WorkGroups.member(organisationCode))
                .taskDefinitionKeyIn(WorkingGroupDecisionProcess.TASK_CAST_VOTE,
                        WorkingGroupDecisionProcess.TASK_CONSIDER_OBJECTION)
                .list()) {
            tasks.complete(vote.getId());
        }
    }
}
