package org.mixedmovements.tracker.task;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixedmovements.tracker.base.security.CurrentUser;
import org.mixedmovements.tracker.workflow.WorkGroups;
import org.mixedmovements.tracker.workflow.WorkItem;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workflow.WorkItems;
import org.mixedmovements.tracker.workflow.WorkList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks on working-group decisions, found by decision: the approvals and meetings views act
 * on a decision, and {@link MyTaskService} completes the task behind it with all of its checks.
 */
@Service
@Transactional(readOnly = true)
public class DecisionTasks {

    /** What the user may do on a decision now. */
    public enum Action {
        /** Cast the organisation's vote (majority rule). */
        VOTE,
        /** Object or consent (no-objection rule). */
        OBJECT,
        /** The chair breaks a tie. */
        CASTING_VOTE,
        /** The secretariat records the consensus of a meeting. */
        RECORD_CONSENSUS,
        /** The secretariat extends a vote that closed without its quorum, or puts it to a meeting. */
        RESOLVE_QUORUM
    }

    /** An open task of the user on a decision. */
    public record DecisionTask(String taskId, Long decisionId, Action action) {
    }

    private final WorkItems workItems;

    DecisionTasks(WorkItems workItems) {
        this.workItems = workItems;
    }

    /** The user's open decision tasks, by decision id. */
    public Map<Long, DecisionTask> openForCurrentUser() {
        Map<Long, DecisionTask> byDecision = new LinkedHashMap<>();
        for (WorkItem item : workItems.all(WorkList.offeredTo(WorkGroups.of(CurrentUser.require())))) {
            if (item.kind().isDecision() && item.decisionId() != null) {
                byDecision.putIfAbsent(item.decisionId(), new DecisionTask(item.id(), item.decisionId(), action(item.kind())));
            }
        }
        return byDecision;
    }

    /** The user's open task on the decision, if it allows one of the actions. */
    public Optional<DecisionTask> find(Long decisionId, Action... actions) {
        Set<Action> wanted = actions.length == 0 ? EnumSet.allOf(Action.class) : EnumSet.of(actions[0], actions);
        return Optional.ofNullable(openForCurrentUser().get(decisionId)).filter(t -> wanted.contains(t.action()));
    }

    private static Action action(WorkItemKind kind) {
        return switch (kind) {
            case CAST_VOTE -> Action.VOTE;
            case CONSIDER_OBJECTION -> Action.OBJECT;
            case CHAIR_DECIDES -> Action.CASTING_VOTE;
            case RECORD_CONSENSUS -> Action.RECORD_CONSENSUS;
            case RESOLVE_QUORUM -> Action.RESOLVE_QUORUM;
            default -> throw new IllegalArgumentException("not a decision task: " + kind);
        };
    }
}
