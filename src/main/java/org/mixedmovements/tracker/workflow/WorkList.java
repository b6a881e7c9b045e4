package org.mixedmovements.tracker.workflow;

import java.util.Set;

/**
 * Which open tasks a list holds: those offered to any of the groups (as a candidate group), whoever holds them; or, for
 * a person's own list, only those of them held by nobody or by that person.
 */
public record WorkList(Set<String> groups, String freeOrHeldBy) {

    public WorkList {
        groups = Set.copyOf(groups);
    }

    /** Every open task offered to any of the groups, held or not. */
    public static WorkList offeredTo(Set<String> groups) {
        return new WorkList(groups, null);
    }

    /** The open tasks offered to any of the groups that are held by nobody or by that user. */
    public static WorkList availableTo(Set<String> groups, String username) {
        return new WorkList(groups, username);
    }
}
