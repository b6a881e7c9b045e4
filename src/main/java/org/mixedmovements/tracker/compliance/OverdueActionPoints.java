package org.mixedmovements.tracker.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which "who must act now" reads the action points of a plan's meetings that are past their due date
 * and not done. The meeting module implements it (it depends on this module for the agenda it proposes, so this one
 * cannot depend on it); without an implementation the list has no action points.
 */
public interface OverdueActionPoints {

    /**
     * The plan's action points of closed meetings past their due date (from 00:00 of the next day in the plan's time
     * zone) and not done, oldest due first.
     */
    List<OverdueActionPoint> overdue(Long planId, LocalDate today);

    /** One overdue action point: what, given by which meeting, to which organisation, due when. */
    record OverdueActionPoint(Long meetingId, String meetingTitle, String text, Long ownerOrganisationId,
                              LocalDate dueOn) {
    }
}
