package org.mixedmovements.tracker.recommendation;

import java.time.Instant;

/**
 * One run of a process for a recommendation: its own process or one it called.
 *
 * @param parentId    the run that called this one; null for the recommendation's own process
 * @param milestoneId the milestone the run is about, if any
 */
public record ProcessRun(String id, Kind kind, String parentId, Long milestoneId, boolean running, Instant startedAt) {

    /** What a run does, in the words of the domain. */
    public enum Kind {
        RECOMMENDATION, RESPONSE_DECISION, PLAN_DECISION, MILESTONE_FOLLOW_UP, DEADLINE_WATCH, MILESTONE_DECISION,
        DEADLINE_CHANGE_DECISION, OTHER
    }
}
